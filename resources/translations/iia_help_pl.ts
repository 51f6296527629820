<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this app</source>
        <translation type="unfinished">O aplikacji</translation>
    </message>
    <message>
        <source>&lt;h2&gt;About this app&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;O aplikacji&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This app helps people facing intimate image abuse: when intimate pictures are shared, or someone threatens to share them. It has plain guidance, services who can help, and a private journal locked with a passphrase.</source>
        <translation type="unfinished">Ta aplikacja pomaga osobom doznającym przemocy z użyciem intymnych zdjęć: gdy ktoś pokazuje innym intymne zdjęcia albo grozi, że je pokaże. Ma proste porady, usługi, które mogą pomóc, i prywatny dziennik chroniony hasłem.</translation>
    </message>
    <message>
        <source>It works without the internet and sends nothing: it never connects to a network. A web link opens in your browser only if you choose to open it.</source>
        <translation type="unfinished">Działa bez internetu i niczego nie wysyła: nigdy nie łączy się z siecią. Link otwiera się w przeglądarce tylko wtedy, gdy zdecydujesz się go otworzyć.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished">Wersja {version}</translation>
    </message>
    <message>
        <source>This translation was made with the help of a machine. An adviser who speaks the language as their first language has not checked it yet.</source>
        <translation type="unfinished">To tłumaczenie powstało z pomocą maszyny. Nie sprawdził go jeszcze doradca, dla którego polski jest językiem ojczystym.</translation>
    </message>
    <message>
        <source> (the letters for Urdu)</source>
        <translation type="unfinished"> (pismo dla języka urdu)</translation>
    </message>
    <message>
        <source>It is free software. It ships with these parts, each under its licence:</source>
        <translation type="unfinished">To wolne oprogramowanie. Zawiera te części, każdą na jej własnej licencji:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>{v0}
{v1}, added {v2}
SHA-256 fingerprint: {v3}</source>
        <translation type="unfinished">{v0}
{v1}, dodano {v2}
Odcisk SHA-256: {v3}</translation>
    </message>
    <message>
        <source>File details</source>
        <translation type="unfinished">Szczegóły pliku</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished">Otwieranie…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished">Obraz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>This file is too big to show here. Its fingerprint is above.</source>
        <translation type="unfinished">Ten plik jest za duży, żeby go tu pokazać. Jego odcisk jest wyżej.</translation>
    </message>
    <message>
        <source>This file cannot be shown here. You can check it by its fingerprint above.</source>
        <translation type="unfinished">Tego pliku nie da się tu pokazać. Możesz go sprawdzić po odcisku wyżej.</translation>
    </message>
    <message>
        <source>Picture, {v0} by {v1} pixels</source>
        <translation type="unfinished">Obraz, {v0} na {v1} pikseli</translation>
    </message>
    <message>
        <source>This file could not be opened.</source>
        <translation type="unfinished">Nie udało się otworzyć tego pliku.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this entry</source>
        <translation type="unfinished">Pliki zapisane przy tym wpisie</translation>
    </message>
    <message>
        <source>Press Enter to view a file.</source>
        <translation type="unfinished">Naciśnij Enter, żeby zobaczyć plik.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">Dodano</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished">Odcisk SHA-256</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished">Dodaj pliki…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished">Dodaj pliki</translation>
    </message>
    <message>
        <source>Choose screenshots or other files to keep with this entry.</source>
        <translation type="unfinished">Wybierz zrzuty ekranu lub inne pliki, żeby zapisać je przy tym wpisie.</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation type="unfinished">Wklej obraz</translation>
    </message>
    <message>
        <source>Adds a screenshot you copied. Shortcut Ctrl+Shift+V.</source>
        <translation type="unfinished">Dodaje skopiowany zrzut ekranu. Skrót Ctrl+Shift+V.</translation>
    </message>
    <message>
        <source>Add a screenshot you copied (Ctrl+Shift+V)</source>
        <translation type="unfinished">Dodaj skopiowany zrzut ekranu (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished">Zobacz</translation>
    </message>
    <message>
        <source>View file</source>
        <translation type="unfinished">Zobacz plik</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation type="unfinished">Kopiuj odcisk</translation>
    </message>
    <message>
        <source>Copies the file&apos;s SHA-256 fingerprint.</source>
        <translation type="unfinished">Kopiuje odcisk SHA-256 pliku.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished">Usuń plik</translation>
    </message>
    <message>
        <source>You can also drag files here. Files stay inside your encrypted journal. </source>
        <translation type="unfinished">Możesz też przeciągnąć pliki tutaj. Pliki zostają w twoim zaszyfrowanym dzienniku. </translation>
    </message>
    <message>
        <source>Before you add a picture</source>
        <translation type="unfinished">Zanim dodasz obraz</translation>
    </message>
    <message>
        <source>I understand, add it</source>
        <translation type="unfinished">Rozumiem, dodaj</translation>
    </message>
    <message>
        <source>Don&apos;t add it</source>
        <translation type="unfinished">Nie dodawaj</translation>
    </message>
    <message>
        <source>File not added</source>
        <translation type="unfinished">Nie dodano pliku</translation>
    </message>
    <message>
        <source>“{v0}” could not be read. Nothing was added.</source>
        <translation type="unfinished">Nie udało się odczytać „{v0}”. Nic nie zostało dodane.</translation>
    </message>
    <message>
        <source>File too big</source>
        <translation type="unfinished">Plik jest za duży</translation>
    </message>
    <message>
        <source>“{v0}” is {v1}. {v2} Keep it somewhere safe and write down where it is in this entry.</source>
        <translation type="unfinished">„{v0}” ma {v1}. {v2} Trzymaj go w bezpiecznym miejscu i zapisz w tym wpisie, gdzie jest.</translation>
    </message>
    <message>
        <source>No picture to paste</source>
        <translation type="unfinished">Brak obrazu do wklejenia</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard. Take or copy a screenshot first, then paste it here.</source>
        <translation type="unfinished">W schowku nie ma obrazu. Najpierw zrób lub skopiuj zrzut ekranu, a potem wklej go tutaj.</translation>
    </message>
    <message>
        <source>That picture could not be read.</source>
        <translation type="unfinished">Nie udało się odczytać tego obrazu.</translation>
    </message>
    <message>
        <source>Adding the file to your journal…</source>
        <translation type="unfinished">Dodawanie pliku do dziennika…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Adding file</source>
        <translation type="unfinished">Dodawanie pliku</translation>
    </message>
    <message>
        <source>Adding “{name}” to your journal…</source>
        <translation type="unfinished">Dodawanie „{name}” do dziennika…</translation>
    </message>
    <message>
        <source>The file could not be added. Nothing was saved.</source>
        <translation type="unfinished">Nie udało się dodać pliku. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was saved.</source>
        <translation type="unfinished">Nie udało się odczytać pliku. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Delete the original…</source>
        <translation type="unfinished">Usuń oryginał…</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation type="unfinished">Usuń oryginał</translation>
    </message>
    <message>
        <source>Deletes the file from where it was on this computer. The copy in your journal stays.</source>
        <translation type="unfinished">Usuwa plik z miejsca, w którym był na tym komputerze. Kopia w dzienniku zostaje.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished">Zostaw</translation>
    </message>
    <message>
        <source>Keep the original and close this message</source>
        <translation type="unfinished">Zostaw oryginał i zamknij ten komunikat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>“{v0}” is now in your journal. The original is still on this computer, in {v1}, where anyone using this computer could find it.</source>
        <translation type="unfinished">„{v0}” jest teraz w twoim dzienniku. Oryginał nadal jest na tym komputerze, w: {v1}. Każdy, kto używa tego komputera, może go tam znaleźć.</translation>
    </message>
    <message numerus="yes">
        <source>These %n files are now in your journal. The originals are still on this computer, in {v1}, where anyone using this computer could find them.</source>
        <comment>This %n file is now in your journal. The original is still on this computer, in {v1}, where anyone using this computer could find it.</comment>
        <translation type="unfinished">
            <numerusform>Ten %n plik jest teraz w twoim dzienniku. Oryginał nadal jest na tym komputerze, w: {v1}. Każdy, kto używa tego komputera, może go tam znaleźć.</numerusform>
            <numerusform>Te %n pliki są teraz w twoim dzienniku. Oryginały nadal są na tym komputerze, w: {v1}. Każdy, kto używa tego komputera, może je tam znaleźć.</numerusform>
            <numerusform>Tych %n plików jest teraz w twoim dzienniku. Oryginały nadal są na tym komputerze, w: {v1}. Każdy, kto używa tego komputera, może je tam znaleźć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the original?</source>
        <translation type="unfinished">Usunąć oryginał?</translation>
    </message>
    <message>
        <source>This deletes {names} from {v1}. The copy in your journal stays. It is not moved to the Recycle Bin or Trash.

{NOT_SECURE}</source>
        <translation type="unfinished">To usunie {names} z: {v1}. Kopia w dzienniku zostaje. Plik nie trafi do Kosza.

{NOT_SECURE}</translation>
    </message>
    <message>
        <source>Checking and deleting…</source>
        <translation type="unfinished">Sprawdzanie i usuwanie…</translation>
    </message>
    <message>
        <source> You can delete it yourself with your file manager.</source>
        <translation type="unfinished"> Możesz go usunąć w menedżerze plików.</translation>
    </message>
    <message>
        <source>Deleted {names} from {v1}, but the same file has another name on this computer (a hard link), so it is still there under that name. Your file manager can find it by its size and date. The copy in your journal stays.</source>
        <translation type="unfinished">Usunięto {names} z: {v1}, ale ten sam plik ma na tym komputerze inną nazwę (twarde dowiązanie), więc nadal tam jest pod tą nazwą. Menedżer plików znajdzie go po rozmiarze i dacie. Kopia w dzienniku zostaje.</translation>
    </message>
    <message>
        <source>Deleted: “{v0}” is no longer in {v1} (checked). The copy in your journal stays.</source>
        <translation type="unfinished">Usunięto: „{v0}” nie ma już w: {v1} (sprawdzone). Kopia w dzienniku zostaje.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted: the %n originals are no longer there (checked). The copies in your journal stay.</source>
        <comment>Deleted: the %n original is no longer there (checked). The copy in your journal stays.</comment>
        <translation type="unfinished">
            <numerusform>Usunięto %n oryginał: już go tam nie ma (sprawdzone). Kopia w dzienniku zostaje.</numerusform>
            <numerusform>Usunięto %n oryginały: już ich tam nie ma (sprawdzone). Kopie w dzienniku zostają.</numerusform>
            <numerusform>Usunięto %n oryginałów: już ich tam nie ma (sprawdzone). Kopie w dzienniku zostają.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this file?</source>
        <translation type="unfinished">Usunąć ten plik?</translation>
    </message>
    <message>
        <source>Remove “{v0}” from this entry? It cannot be brought back. The entry&apos;s history will show that a file was removed.</source>
        <translation type="unfinished">Usunąć „{v0}” z tego wpisu? Nie da się go przywrócić. Historia wpisu pokaże, że usunięto plik.</translation>
    </message>
    <message>
        <source>File not removed</source>
        <translation type="unfinished">Nie usunięto pliku</translation>
    </message>
</context>
<context>
    <name>CentreLockDialog</name>
    <message>
        <source>Set the centre passphrase</source>
        <translation type="unfinished">Ustaw hasło ośrodka</translation>
    </message>
    <message>
        <source>Settings are locked</source>
        <translation type="unfinished">Ustawienia są zablokowane</translation>
    </message>
    <message>
        <source>Choose a passphrase for the staff at this centre. Settings will ask for it, so visitors cannot change them. Share it only with staff.</source>
        <translation type="unfinished">Wybierz hasło dla pracowników tego ośrodka. Ustawienia będą o nie prosić, więc osoby odwiedzające nie będą mogły ich zmienić. Podaj je tylko pracownikom.</translation>
    </message>
    <message>
        <source>These settings are locked by the centre. Please ask a member of staff.</source>
        <translation type="unfinished">Te ustawienia są zablokowane przez ośrodek. Poproś kogoś z pracowników.</translation>
    </message>
    <message>
        <source>Centre &amp;passphrase:</source>
        <translation type="unfinished">&amp;Hasło ośrodka:</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation type="unfinished">Ustaw hasło</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Otwórz</translation>
    </message>
    <message>
        <source>That passphrase is not right. Please try again.</source>
        <translation type="unfinished">To hasło jest nieprawidłowe. Spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Zmień hasło</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Only the passphrase that opens them changes. Nobody can reset it for you, so choose one you will remember.</source>
        <translation type="unfinished">Twoje notatki zostają bez zmian. Zmienia się tylko hasło, które je otwiera. Nikt nie może go za ciebie zresetować, więc wybierz takie, które zapamiętasz.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Obecne hasło</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nowe hasło</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished">Wpisz nowe hasło ponownie</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished">&amp;Obecne hasło</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">&amp;Nowe hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished">Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished">Wpisz obecne hasło.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation type="unfinished">Zmienianie hasła…</translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished">Obecne hasło jest nieprawidłowe. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed.</source>
        <translation type="unfinished">Nie udało się zmienić hasła.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Copy number</source>
        <translation type="unfinished">Kopiuj numer</translation>
    </message>
    <message>
        <source>Copy phone number for {v0}: {v1}</source>
        <translation type="unfinished">Kopiuj numer telefonu do {v0}: {v1}</translation>
    </message>
    <message>
        <source>Copy the number so you can paste it into your phone</source>
        <translation type="unfinished">Skopiuj numer, żeby wkleić go w telefonie</translation>
    </message>
    <message>
        <source>In danger now? Call {v0}</source>
        <translation type="unfinished">Grozi ci niebezpieczeństwo? Zadzwoń pod {v0}</translation>
    </message>
    <message>
        <source>Website for {v0}: {v1}</source>
        <translation type="unfinished">Strona {v0}: {v1}</translation>
    </message>
    <message>
        <source>Shows the address first. Nothing opens until you choose.</source>
        <translation type="unfinished">Najpierw pokazuje adres. Nic się nie otworzy, dopóki nie wybierzesz.</translation>
    </message>
    <message>
        <source>Email {v0}: {v1}</source>
        <translation type="unfinished">E-mail do {v0}: {v1}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;Where you live:</source>
        <translation type="unfinished">&amp;Gdzie mieszkasz:</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation type="unfinished">Gdzie mieszkasz</translation>
    </message>
    <message>
        <source>What you &amp;need:</source>
        <translation type="unfinished">&amp;Czego potrzebujesz:</translation>
    </message>
    <message>
        <source>What you need help with</source>
        <translation type="unfinished">W czym potrzebujesz pomocy</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished">Wszystko</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">Drukuj…</translation>
    </message>
    <message>
        <source>Print these contacts</source>
        <translation type="unfinished">Drukuj te kontakty</translation>
    </message>
    <message>
        <source>Print a one-page contacts card</source>
        <translation type="unfinished">Drukuj jednostronicową kartę z kontaktami</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished">Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save these contacts as a PDF</source>
        <translation type="unfinished">Zapisz te kontakty jako PDF</translation>
    </message>
    <message>
        <source>Save a one-page contacts card as a PDF file</source>
        <translation type="unfinished">Zapisz jednostronicową kartę z kontaktami jako plik PDF</translation>
    </message>
    <message>
        <source>The contacts list could not be loaded. {v0}</source>
        <translation type="unfinished">Nie udało się wczytać listy kontaktów. {v0}</translation>
    </message>
    <message>
        <source> Services for adults come first.</source>
        <translation type="unfinished"> Najpierw usługi dla dorosłych.</translation>
    </message>
    <message>
        <source> Services for young people come first.</source>
        <translation type="unfinished"> Najpierw usługi dla młodych osób.</translation>
    </message>
    <message numerus="yes">
        <source>%n services for {where}.{first} Nothing opens or calls until you choose.</source>
        <comment>%n service for {where}.{first} Nothing opens or calls until you choose.</comment>
        <translation type="unfinished">
            <numerusform>{where}: %n usługa.{first} Nic się nie otworzy ani nie połączy, dopóki nie wybierzesz.</numerusform>
            <numerusform>{where}: %n usługi.{first} Nic się nie otworzy ani nie połączy, dopóki nie wybierzesz.</numerusform>
            <numerusform>{where}: %n usług.{first} Nic się nie otworzy ani nie połączy, dopóki nie wybierzesz.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other services match this choice for {where}. Try “Everything”.</source>
        <translation type="unfinished">Brak innych usług dla tego wyboru w miejscu: {where}. Wybierz „Wszystko”.</translation>
    </message>
    <message>
        <source>Help and support: {v0}</source>
        <translation type="unfinished">Pomoc i wsparcie: {v0}</translation>
    </message>
</context>
<context>
    <name>DecoyWindow</name>
    <message>
        <source>Note text</source>
        <translation type="unfinished">Tekst notatki</translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <source>End session</source>
        <translation type="unfinished">Zakończ sesję</translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation type="unfinished">Zakończyć tę sesję?</translation>
    </message>
    <message>
        <source>The app forgets this visit: searches, pages looked at, text size, the region chosen and the take-away journal. Then it is ready for the next person.</source>
        <translation type="unfinished">Aplikacja zapomni tę wizytę: wyszukiwania, oglądane strony, rozmiar tekstu, wybrany region i dziennik na wynos. Potem będzie gotowa dla następnej osoby.</translation>
    </message>
    <message>
        <source>

A handout saved here (in this visit, or one a Quick exit ended) is still on this computer:
</source>
        <translation type="unfinished">

Ulotka zapisana tutaj (w tej wizycie albo w wizycie zakończonej szybkim wyjściem) nadal jest na tym komputerze:
</translation>
    </message>
    <message numerus="yes">
        <source>

%n handouts saved here (in this visit, or one a Quick exit ended) are still on this computer:
</source>
        <comment>

%n handout saved here (in this visit, or one a Quick exit ended) is still on this computer:
</comment>
        <translation type="unfinished">
            <numerusform>

%n ulotka zapisana tutaj (w tej wizycie albo w wizycie zakończonej szybkim wyjściem) nadal jest na tym komputerze:
</numerusform>
            <numerusform>

%n ulotki zapisane tutaj (w tej wizycie albo w wizycie zakończonej szybkim wyjściem) nadal są na tym komputerze:
</numerusform>
            <numerusform>

%n ulotek zapisanych tutaj (w tej wizycie albo w wizycie zakończonej szybkim wyjściem) nadal jest na tym komputerze:
</numerusform>
        </translation>
    </message>
    <message>
        <source>End session and &amp;delete the handout</source>
        <translation type="unfinished">Zakończ sesję i &amp;usuń ulotkę</translation>
    </message>
    <message>
        <source>End session and &amp;delete the handouts</source>
        <translation type="unfinished">Zakończ sesję i &amp;usuń ulotki</translation>
    </message>
    <message>
        <source>End session, &amp;keep the handout</source>
        <translation type="unfinished">Zakończ sesję, &amp;zachowaj ulotkę</translation>
    </message>
    <message>
        <source>End session, &amp;keep the handouts</source>
        <translation type="unfinished">Zakończ sesję, &amp;zachowaj ulotki</translation>
    </message>
    <message>
        <source>

Delete it, unless the person is taking it away on their own USB stick.</source>
        <translation type="unfinished">

Usuń ją, chyba że ta osoba zabiera ją na własnym pendrivie.</translation>
    </message>
    <message>
        <source>

Delete them, unless the person is taking them away on their own USB stick.</source>
        <translation type="unfinished">

Usuń je, chyba że ta osoba zabiera je na własnym pendrivie.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished">&amp;Zakończ sesję</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Written</source>
        <translation type="unfinished">Zapisano</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Zmieniono</translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished">Dodano plik</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation type="unfinished">Usunięto plik</translation>
    </message>
    <message>
        <source>We kept what you were writing. Check it, then save it when you are ready.</source>
        <translation type="unfinished">Zachowaliśmy to, co piszesz. Sprawdź to i zapisz, gdy zechcesz.</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation type="unfinished">Odrzuć</translation>
    </message>
    <message>
        <source>Throw away what was kept</source>
        <translation type="unfinished">Odrzuć to, co zachowano</translation>
    </message>
    <message>
        <source>&lt;h2&gt;New entry&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Nowy wpis&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Kiedy to się stało</translation>
    </message>
    <message>
        <source>Date and time. Left and Right move between the parts, Up and Down change one. Tab leaves the box.</source>
        <translation type="unfinished">Data i godzina. Strzałki w lewo i w prawo przechodzą między częściami, w górę i w dół zmieniają wartość. Tab opuszcza pole.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished">Teraz</translation>
    </message>
    <message>
        <source>Set to now</source>
        <translation type="unfinished">Ustaw na teraz</translation>
    </message>
    <message>
        <source>&amp;When it happened</source>
        <translation type="unfinished">&amp;Kiedy to się stało</translation>
    </message>
    <message>
        <source>When it happened, not when you are writing it down. A rough time is fine.</source>
        <translation type="unfinished">Kiedy to się stało, a nie kiedy to zapisujesz. Wystarczy przybliżony czas.</translation>
    </message>
    <message>
        <source>What kind of thing happened</source>
        <translation type="unfinished">Co się stało (rodzaj)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished">&amp;Rodzaj</translation>
    </message>
    <message>
        <source>Choose or type, for example Instagram</source>
        <translation type="unfinished">Wybierz lub wpisz, np. Instagram</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation type="unfinished">Platforma lub aplikacja</translation>
    </message>
    <message>
        <source>&amp;Platform or app</source>
        <translation type="unfinished">&amp;Platforma lub aplikacja</translation>
    </message>
    <message>
        <source>The app, website or phone service where it happened.</source>
        <translation type="unfinished">Aplikacja, strona internetowa lub usługa telefoniczna, w której to się stało.</translation>
    </message>
    <message>
        <source>Account, username or number</source>
        <translation type="unfinished">Konto, nazwa użytkownika lub numer</translation>
    </message>
    <message>
        <source>&amp;Account, username or number</source>
        <translation type="unfinished">&amp;Konto, nazwa użytkownika lub numer</translation>
    </message>
    <message>
        <source>Copy it exactly as shown, for example @name, a profile link, a phone number or an email. Display names can change; usernames and numbers help the most.</source>
        <translation type="unfinished">Skopiuj dokładnie tak, jak jest pokazane, np. @nazwa, link do profilu, numer telefonu albo e-mail. Wyświetlane imiona mogą się zmieniać; najbardziej pomagają nazwy użytkownika i numery.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished">https://…</translation>
    </message>
    <message>
        <source>Web addresses, one per line</source>
        <translation type="unfinished">Adresy stron, jeden w wierszu</translation>
    </message>
    <message>
        <source>Web &amp;addresses</source>
        <translation type="unfinished">&amp;Adresy stron</translation>
    </message>
    <message>
        <source>One per line. Copy them from the address bar or the Share menu.</source>
        <translation type="unfinished">Jeden w wierszu. Skopiuj je z paska adresu albo z menu Udostępnij.</translation>
    </message>
    <message>
        <source>What happened, in your own words. You can paste whole messages here.</source>
        <translation type="unfinished">Co się stało, twoimi słowami. Możesz tu wkleić całe wiadomości.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished">Co się &amp;stało</translation>
    </message>
    <message>
        <source>Exact words, dates, amounts of money asked for, and what they threatened to do all help.</source>
        <translation type="unfinished">Pomagają dokładne słowa, daty, kwoty, których żądano, i to, czym grożono.</translation>
    </message>
    <message>
        <source>for example: £500 by bank transfer by Friday 6 pm</source>
        <translation type="unfinished">np.: £500 przelewem do piątku do 6 wieczorem</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished">Czego żądano</translation>
    </message>
    <message>
        <source>What they &amp;demanded</source>
        <translation type="unfinished">Czego &amp;żądano</translation>
    </message>
    <message>
        <source>If they asked for anything: money (how much, and any payment details they gave), more images, and any deadline. Leave it empty if they did not.</source>
        <translation type="unfinished">Jeśli czegoś żądano: pieniędzy (ile i jakie dane do płatności podano), więcej zdjęć, jakiegoś terminu. Zostaw puste, jeśli nie.</translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished">Komu</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished">Numer sprawy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Who you reported it to</source>
        <translation type="unfinished">Komu to zgłoszono</translation>
    </message>
    <message>
        <source>Each row: who you told, their reference number, the date.</source>
        <translation type="unfinished">Każdy wiersz: komu powiedziano, numer sprawy, data.</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation type="unfinished">Dodaj zgłoszenie</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation type="unfinished">Usuń zgłoszenie</translation>
    </message>
    <message>
        <source>Remove the selected report</source>
        <translation type="unfinished">Usuń wybrane zgłoszenie</translation>
    </message>
    <message>
        <source>&amp;Reported to</source>
        <translation type="unfinished">&amp;Zgłoszono do</translation>
    </message>
    <message>
        <source>The platform, the police, a helpline or StopNCII, with any crime reference, report or case number they gave you.</source>
        <translation type="unfinished">Platforma, policja, telefon zaufania lub StopNCII, z numerem sprawy lub zgłoszenia, jeśli go podano.</translation>
    </message>
    <message>
        <source>for example: money, school, ex</source>
        <translation type="unfinished">np.: pieniądze, szkoła, były</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished">Etykiety, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished">&amp;Etykiety</translation>
    </message>
    <message>
        <source>Your own words to find entries later, separated by commas.</source>
        <translation type="unfinished">Własne słowa, po których później znajdziesz wpisy, oddzielone przecinkami.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished">Pliki</translation>
    </message>
    <message>
        <source>Screenshots, photos of messages, emails saved as files.</source>
        <translation type="unfinished">Zrzuty ekranu, zdjęcia wiadomości, e-maile zapisane jako pliki.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Historia</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished">Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished">Zapisz wpis</translation>
    </message>
    <message>
        <source>Back to list</source>
        <translation type="unfinished">Wróć do listy</translation>
    </message>
    <message>
        <source>Back to the list of entries</source>
        <translation type="unfinished">Wróć do listy wpisów</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation type="unfinished">Usuń wpis…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished">Usuń ten wpis</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished">Jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Entry&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Wpis&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>History: </source>
        <translation type="unfinished">Historia: </translation>
    </message>
    <message>
        <source>Please wait until the file has been added.</source>
        <translation type="unfinished">Poczekaj, aż plik zostanie dodany.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">Nie zapisano</translation>
    </message>
    <message>
        <source>Saved at {v0}.</source>
        <translation type="unfinished">Zapisano o {v0}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n files.</source>
        <comment>Saved, with %n file.</comment>
        <translation type="unfinished">
            <numerusform>Zapisano, z %n plikiem.</numerusform>
            <numerusform>Zapisano, z %n plikami.</numerusform>
            <numerusform>Zapisano, z %n plikami.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, with no files.</source>
        <translation type="unfinished">Zapisano, bez plików.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Niezapisane zmiany</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. What would you like to do?</source>
        <translation type="unfinished">Masz zmiany, które nie są jeszcze zapisane. Co chcesz zrobić?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Zapisz</translation>
    </message>
    <message>
        <source>Throw away changes</source>
        <translation type="unfinished">Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="unfinished">Pisz dalej</translation>
    </message>
    <message>
        <source>Throw away what was kept?</source>
        <translation type="unfinished">Odrzucić to, co zachowano?</translation>
    </message>
    <message>
        <source>This removes the unsaved writing that was kept for you. It cannot be brought back.</source>
        <translation type="unfinished">To usunie niezapisany tekst, który dla ciebie zachowano. Nie da się go przywrócić.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished">Usunąć ten wpis?</translation>
    </message>
    <message>
        <source>Delete this entry and its files? It cannot be brought back. The journal keeps a note of when something was deleted, but not what it said.</source>
        <translation type="unfinished">Usunąć ten wpis i jego pliki? Nie da się ich przywrócić. Dziennik zapisuje, kiedy coś usunięto, ale nie to, co tam było.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished">Usuń wpis</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished">Nie usunięto</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;This export is not encrypted.&lt;/b&gt; Anyone who gets the file can read everything in it and see every picture. Save it straight to a USB stick (not to this computer), keep the stick somewhere safe, and only give it to people you trust, like the police or a helpline.</source>
        <translation type="unfinished">&lt;b&gt;Ten eksport nie jest zaszyfrowany.&lt;/b&gt; Każdy, kto dostanie plik, przeczyta wszystko, co w nim jest, i zobaczy każdy obraz. Zapisz go od razu na pendrivie (nie na tym komputerze), trzymaj pendrive w bezpiecznym miejscu i dawaj go tylko osobom, którym ufasz, np. policji lub telefonowi zaufania.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never pass on an image of someone under 18&lt;/b&gt;, not even to the police or a helpline. Sharing it can be a crime, even when you are trying to help. Give the police the web addresses (links), usernames and messages instead. They can find the images themselves.</source>
        <translation type="unfinished">&lt;b&gt;Nigdy nie przekazuj zdjęcia osoby poniżej 18 lat&lt;/b&gt;, nawet policji ani telefonowi zaufania. Przekazanie go może być przestępstwem, nawet gdy chcesz pomóc. Zamiast tego daj policji adresy stron (linki), nazwy użytkowników i wiadomości. Policja sama znajdzie zdjęcia.</translation>
    </message>
    <message>
        <source>Export for police or a helpline</source>
        <translation type="unfinished">Eksport dla policji lub telefonu zaufania</translation>
    </message>
    <message>
        <source>Export choices</source>
        <translation type="unfinished">Opcje eksportu</translation>
    </message>
    <message>
        <source>Make a report you can give to the police or a helpline: a PDF report on its own, or one ZIP file with the report, your attached files exactly as you saved them, and fingerprints that show nothing was changed.</source>
        <translation type="unfinished">Zrób raport, który możesz dać policji lub telefonowi zaufania: sam raport PDF albo jeden plik ZIP z raportem, twoimi plikami dokładnie w takiej postaci, w jakiej je zapisano, i odciskami, które pokazują, że nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Warning: this export is not encrypted</source>
        <translation type="unfinished">Uwaga: ten eksport nie jest zaszyfrowany</translation>
    </message>
    <message>
        <source>Reminder: never pass on an image of someone under 18</source>
        <translation type="unfinished">Pamiętaj: nigdy nie przekazuj zdjęcia osoby poniżej 18 lat</translation>
    </message>
    <message>
        <source>What to save</source>
        <translation type="unfinished">Co zapisać</translation>
    </message>
    <message>
        <source>Everything in one ZIP file: the report,
your files and their fingerprints</source>
        <translation type="unfinished">Wszystko w jednym pliku ZIP: raport,
twoje pliki i ich odciski</translation>
    </message>
    <message>
        <source>The report only (one PDF file)</source>
        <translation type="unfinished">Tylko raport (jeden plik PDF)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished">Co eksportować</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished">Wszystkie wpisy</translation>
    </message>
    <message>
        <source>Entries between two dates</source>
        <translation type="unfinished">Wpisy między dwiema datami</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n entries you chose</source>
        <comment>Only the %n entry you chose</comment>
        <translation type="unfinished">
            <numerusform>Tylko %n wybrany wpis</numerusform>
            <numerusform>Tylko %n wybrane wpisy</numerusform>
            <numerusform>Tylko %n wybranych wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>Only chosen entries (none chosen)</source>
        <translation type="unfinished">Tylko wybrane wpisy (nic nie wybrano)</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Od</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">do</translation>
    </message>
    <message>
        <source>Attached files (screenshots, photos, others)</source>
        <translation type="unfinished">Załączone pliki (zrzuty ekranu, zdjęcia, inne)</translation>
    </message>
    <message>
        <source>All attached files</source>
        <translation type="unfinished">Wszystkie załączone pliki</translation>
    </message>
    <message>
        <source>Files, but no photos or videos</source>
        <translation type="unfinished">Pliki, ale bez zdjęć i filmów</translation>
    </message>
    <message>
        <source>No files</source>
        <translation type="unfinished">Bez plików</translation>
    </message>
    <message>
        <source>Files left out are still listed in the report by name and fingerprint.</source>
        <translation type="unfinished">Pominięte pliki i tak są wymienione w raporcie z nazwy i odcisku.</translation>
    </message>
    <message>
        <source>On the front page (optional)</source>
        <translation type="unfinished">Na pierwszej stronie (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Leave empty if you prefer</source>
        <translation type="unfinished">Zostaw puste, jeśli wolisz</translation>
    </message>
    <message>
        <source>A phone number or email the police can use</source>
        <translation type="unfinished">Numer telefonu lub e-mail, którego może użyć policja</translation>
    </message>
    <message>
        <source>Your name, for the front page (optional)</source>
        <translation type="unfinished">Twoje imię i nazwisko na pierwszą stronę (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>How to contact you, for the front page (optional)</source>
        <translation type="unfinished">Jak się z tobą skontaktować, na pierwszą stronę (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished">Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished">Kontakt:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">Postęp eksportu</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished">Stan eksportu</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished">Otwórz folder</translation>
    </message>
    <message>
        <source>Show the folder the export was saved in</source>
        <translation type="unfinished">Pokaż folder, w którym zapisano eksport</translation>
    </message>
    <message>
        <source>Result of checking a bundle</source>
        <translation type="unfinished">Wynik sprawdzenia paczki</translation>
    </message>
    <message>
        <source>Check a bundle…</source>
        <translation type="unfinished">Sprawdź paczkę…</translation>
    </message>
    <message>
        <source>Save export…</source>
        <translation type="unfinished">Zapisz eksport…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>Check a bundle</source>
        <translation type="unfinished">Sprawdź paczkę</translation>
    </message>
    <message>
        <source>Check that an evidence bundle&apos;s files have not been changed</source>
        <translation type="unfinished">Sprawdź, czy pliki w paczce z dowodami nie zostały zmienione</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation type="unfinished">Zapisz eksport</translation>
    </message>
    <message>
        <source>Choose where to save the export, then make it</source>
        <translation type="unfinished">Wybierz, gdzie zapisać eksport, a potem go utwórz</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished">Anuluj eksport</translation>
    </message>
    <message>
        <source>The start date is after the end date. Please check the dates.</source>
        <translation type="unfinished">Data początkowa jest po dacie końcowej. Sprawdź daty.</translation>
    </message>
    <message>
        <source>No entries match what you chose, so there is nothing to export.</source>
        <translation type="unfinished">Żaden wpis nie pasuje do wyboru, więc nie ma czego eksportować.</translation>
    </message>
    <message>
        <source>Save the export (choose your USB stick)</source>
        <translation type="unfinished">Zapisz eksport (wybierz swój pendrive)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished">Pliki ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished">Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Saving to {path} …</source>
        <translation type="unfinished">Zapisywanie do {path} …</translation>
    </message>
    <message>
        <source>Saved: {v0} (the report on its own: {entries}, {pages}).
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished">Zapisano: {v0} (sam raport: {entries}, {pages}).
Pamiętaj: ten plik nie jest zaszyfrowany. Przechowuj go bezpiecznie i usuń go z każdego wspólnego komputera.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>%n page</comment>
        <translation type="unfinished">
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files left out.</source>
        <comment>%n file left out.</comment>
        <translation type="unfinished">
            <numerusform>Pominięto %n plik.</numerusform>
            <numerusform>Pominięto %n pliki.</numerusform>
            <numerusform>Pominięto %n plików.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: {v0} ({entries}, {files}).{left}
Fingerprint of this bundle (write it down): {v6}
Fingerprint of manifest.json: {v7}
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished">Zapisano: {v0} ({entries}, {files}).{left}
Odcisk tego pakietu (zapisz go): {v6}
Odcisk pliku manifest.json: {v7}
Pamiętaj: ten plik nie jest zaszyfrowany. Przechowuj go bezpiecznie i usuń go z każdego wspólnego komputera.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <comment>%n file</comment>
        <translation type="unfinished">
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished">Eksport został zatrzymany. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>{exc} Nothing was saved.</source>
        <translation type="unfinished">{exc} Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Something went wrong and the export was not made. Nothing was saved. Please try again.</source>
        <translation type="unfinished">Coś poszło nie tak i eksport nie powstał. Nic nie zostało zapisane. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Stopping the export …</source>
        <translation type="unfinished">Zatrzymywanie eksportu …</translation>
    </message>
    <message>
        <source>Choose an evidence bundle to check</source>
        <translation type="unfinished">Wybierz paczkę z dowodami do sprawdzenia</translation>
    </message>
    <message>
        <source>ZIP files (*.zip);;All files (*)</source>
        <translation type="unfinished">Pliki ZIP (*.zip);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Checking {v0} …</source>
        <translation type="unfinished">Sprawdzanie {v0} …</translation>
    </message>
    <message>
        <source>The bundle matches its fingerprint list. Compare its fingerprint (below) with the noted one.</source>
        <translation type="unfinished">Paczka zgadza się ze swoją listą odcisków. Porównaj jej odcisk (niżej) z zapisanym.</translation>
    </message>
    <message>
        <source>The bundle could not be checked.</source>
        <translation type="unfinished">Nie udało się sprawdzić paczki.</translation>
    </message>
    <message>
        <source>Older format: partly checked. The report is not covered.</source>
        <translation type="unfinished">Starszy format: sprawdzono częściowo. Raport nie jest objęty sprawdzeniem.</translation>
    </message>
    <message>
        <source>The bundle does NOT match. The details are below.</source>
        <translation type="unfinished">Paczka się NIE zgadza. Szczegóły są niżej.</translation>
    </message>
    <message>
        <source>The bundle could not be checked. It may be damaged.</source>
        <translation type="unfinished">Nie udało się sprawdzić paczki. Może być uszkodzona.</translation>
    </message>
</context>
<context>
    <name>FirstQuestions</name>
    <message>
        <source>Optional questions</source>
        <translation type="unfinished">Pytania (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Does anyone else use this computer, or might someone look at it?</source>
        <translation type="unfinished">Czy ktoś jeszcze używa tego komputera albo może do niego zajrzeć?</translation>
    </message>
    <message>
        <source> If you say yes, the app will open on a plain page called “Notes” that says nothing about it.</source>
        <translation type="unfinished"> Jeśli odpowiesz „tak”, aplikacja będzie się otwierać na zwykłej stronie „Notatki”, która nic o niej nie mówi.</translation>
    </message>
    <message>
        <source>Yes, open on a plain page</source>
        <translation type="unfinished">Tak, otwieraj na zwykłej stronie</translation>
    </message>
    <message>
        <source>No, only me</source>
        <translation type="unfinished">Nie, tylko ja</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation type="unfinished">Kto używa tej aplikacji?</translation>
    </message>
    <message>
        <source>Optional. You can change this later in Settings.</source>
        <translation type="unfinished">Nieobowiązkowe. Możesz to później zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished">Masz mniej niż 18 lat?</translation>
    </message>
    <message>
        <source>Optional. It puts the right services first. Nothing is hidden.</source>
        <translation type="unfinished">Nieobowiązkowe. Dzięki temu właściwe usługi będą pierwsze. Nic nie jest ukryte.</translation>
    </message>
    <message>
        <source>Yes, I&apos;m under 18</source>
        <translation type="unfinished">Tak, mam mniej niż 18 lat</translation>
    </message>
    <message>
        <source>No, I&apos;m 18 or over</source>
        <translation type="unfinished">Nie, mam 18 lat lub więcej</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">Pomiń</translation>
    </message>
    <message>
        <source>Done: next time, the app opens on a plain “Notes” page. Click Continue there to get back here. You can change this in Settings.</source>
        <translation type="unfinished">Gotowe: następnym razem aplikacja otworzy się na zwykłej stronie „Notatki”. Kliknij tam „Dalej”, żeby tu wrócić. Możesz to zmienić w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>GuestBar</name>
    <message>
        <source>Guest session</source>
        <translation type="unfinished">Sesja gościa</translation>
    </message>
    <message>
        <source>Print or save a &amp;handout…</source>
        <translation type="unfinished">Drukuj lub zapisz &amp;ulotkę…</translation>
    </message>
    <message>
        <source>Print or save a handout</source>
        <translation type="unfinished">Drukuj lub zapisz ulotkę</translation>
    </message>
    <message>
        <source>A contacts card or a guidance page to take away.</source>
        <translation type="unfinished">Karta z kontaktami albo strona z poradami do zabrania.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished">&amp;Zakończ sesję</translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished">Zakończ sesję</translation>
    </message>
    <message>
        <source>Asks first, then forgets this visit: searches, pages, text size, the take-away journal. Then goes back to the start.</source>
        <translation type="unfinished">Najpierw pyta, potem zapomina tę wizytę: wyszukiwania, strony, rozmiar tekstu, dziennik na wynos. Potem wraca do początku.</translation>
    </message>
    <message>
        <source>Forget everything from this visit and start again</source>
        <translation type="unfinished">Zapomnij wszystko z tej wizyty i zacznij od nowa</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished">← Wstecz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation type="unfinished">Wróć (Alt+Lewo)</translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation type="unfinished">Dalej →</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished">Dalej</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation type="unfinished">Przejdź dalej (Alt+Prawo)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <source>Home: what is happening?</source>
        <translation type="unfinished">Start: co się dzieje?</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation type="unfinished">Wróć do strony startowej</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished">Sz&amp;ukaj:</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation type="unfinished">Wpisz słowo</translation>
    </message>
    <message>
        <source>Search the guidance</source>
        <translation type="unfinished">Szukaj w poradach</translation>
    </message>
    <message>
        <source>Type a word. Results appear below. Press Down or Enter to go to them, Escape to clear.</source>
        <translation type="unfinished">Wpisz słowo. Wyniki pojawią się niżej. Naciśnij strzałkę w dół lub Enter, żeby do nich przejść, albo Escape, żeby wyczyścić.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished">Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>Clear search (Escape)</source>
        <translation type="unfinished">Wyczyść wyszukiwanie (Escape)</translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished">A−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished">Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom out: smaller page text (Ctrl+−)</source>
        <translation type="unfinished">Pomniejsz: mniejszy tekst strony (Ctrl+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished">A+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished">Powiększ</translation>
    </message>
    <message>
        <source>Zoom in: bigger page text (Ctrl++)</source>
        <translation type="unfinished">Powiększ: większy tekst strony (Ctrl++)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">Drukuj…</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation type="unfinished">Drukuj tę stronę</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished">Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save this page as a PDF</source>
        <translation type="unfinished">Zapisz tę stronę jako PDF</translation>
    </message>
    <message>
        <source>Save this page as a PDF file</source>
        <translation type="unfinished">Zapisz tę stronę jako plik PDF</translation>
    </message>
    <message>
        <source>Guidance page</source>
        <translation type="unfinished">Strona z poradami</translation>
    </message>
    <message>
        <source>Change place…</source>
        <translation type="unfinished">Zmień miejsce…</translation>
    </message>
    <message>
        <source>Choose where you are: the numbers and the law follow</source>
        <translation type="unfinished">Wybierz, gdzie jesteś: numery i prawo się dopasują</translation>
    </message>
    <message>
        <source>On &amp;this page</source>
        <translation type="unfinished">Na &amp;tej stronie</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation type="unfinished">Na tej stronie</translation>
    </message>
    <message>
        <source>Headings on this page. Press Enter to jump to one.</source>
        <translation type="unfinished">Nagłówki na tej stronie. Naciśnij Enter, żeby do niego przejść.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet checked by an adviser. &lt;a href=&quot;about&quot;&gt;More&lt;/a&gt;</source>
        <translation type="unfinished">Tłumaczenie maszynowe, jeszcze niesprawdzone przez doradcę. &lt;a href=&quot;about&quot;&gt;Więcej&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet checked by an adviser</source>
        <translation type="unfinished">Tłumaczenie maszynowe, jeszcze niesprawdzone przez doradcę</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished">Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>The guidance could not be loaded</source>
        <translation type="unfinished">Nie udało się wczytać porad</translation>
    </message>
    <message>
        <source>That page could not be found</source>
        <translation type="unfinished">Nie znaleziono tej strony</translation>
    </message>
    <message>
        <source>This link points to a page that is not in this version of the app.</source>
        <translation type="unfinished">Ten link prowadzi do strony, której nie ma w tej wersji aplikacji.</translation>
    </message>
    <message>
        <source>This page could not be shown</source>
        <translation type="unfinished">Nie udało się pokazać tej strony</translation>
    </message>
    <message>
        <source>Copied {number}. You can paste it into your phone. This app cannot make calls.</source>
        <translation type="unfinished">Skopiowano {number}. Możesz wkleić go w telefonie. Ta aplikacja nie może dzwonić.</translation>
    </message>
    <message>
        <source>Change place</source>
        <translation type="unfinished">Zmień miejsce</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;You said you are under 18.&lt;/strong&gt; Start here: &lt;a href=&quot;page:under-18&quot;&gt;{title}&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;Podano wiek poniżej 18 lat.&lt;/strong&gt; Zacznij tutaj: &lt;a href=&quot;page:under-18&quot;&gt;{title}&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>
&lt;h2 id=&quot;related-pages&quot;&gt;Related pages&lt;/h2&gt;
&lt;ul class=&quot;related&quot;&gt;{items}&lt;/ul&gt;
</source>
        <translation type="unfinished">
&lt;h2 id=&quot;related-pages&quot;&gt;Powiązane strony&lt;/h2&gt;
&lt;ul class=&quot;related&quot;&gt;{items}&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Last reviewed: {v0}&lt;/p&gt;
&lt;p class=&quot;meta&quot;&gt;{v1}&lt;/p&gt;
</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot;&gt;Ostatnio sprawdzono: {v0}&lt;/p&gt;
&lt;p class=&quot;meta&quot;&gt;{v1}&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Last reviewed: {v0}&lt;/p&gt;
</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot;&gt;Ostatnio sprawdzono: {v0}&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Guidance page: {v0}</source>
        <translation type="unfinished">Strona z poradami: {v0}</translation>
    </message>
    <message>
        <source>Top of the page</source>
        <translation type="unfinished">Początek strony</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation type="unfinished">Do kogo zadzwonić</translation>
    </message>
    <message>
        <source>Related pages</source>
        <translation type="unfinished">Powiązane strony</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>%n page</comment>
        <translation type="unfinished">
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} found for “{query}”. Press Enter to open one, Escape to go back.</source>
        <translation type="unfinished">Znaleziono dla „{query}”: {count}. Naciśnij Enter, żeby otworzyć, albo Escape, żeby wrócić.</translation>
    </message>
    <message>
        <source>No pages found for “{query}”. Try a different or shorter word.</source>
        <translation type="unfinished">Nie znaleziono stron dla „{query}”. Spróbuj innego lub krótszego słowa.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished">Porady</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Choose what to give the person to take away. Handouts never show anything typed in this app, so nobody&apos;s name is printed.</source>
        <translation type="unfinished">Wybierz, co dać tej osobie do zabrania. Ulotki nigdy nie pokazują niczego, co wpisano w tej aplikacji, więc niczyje nazwisko nie zostanie wydrukowane.</translation>
    </message>
    <message>
        <source>A &amp;contacts card</source>
        <translation type="unfinished">&amp;Karta z kontaktami</translation>
    </message>
    <message>
        <source>A contacts card</source>
        <translation type="unfinished">Karta z kontaktami</translation>
    </message>
    <message>
        <source>A &amp;guidance page</source>
        <translation type="unfinished">&amp;Strona z poradami</translation>
    </message>
    <message>
        <source>A guidance page</source>
        <translation type="unfinished">Strona z poradami</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;Region:</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation type="unfinished">Rodzaj pomocy</translation>
    </message>
    <message>
        <source>Any kind of help</source>
        <translation type="unfinished">Każdy rodzaj pomocy</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation type="unfinished">R&amp;odzaj pomocy:</translation>
    </message>
    <message>
        <source>Guidance page</source>
        <translation type="unfinished">Strona z poradami</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished">&amp;Strona:</translation>
    </message>
    <message>
        <source>How the handout will look</source>
        <translation type="unfinished">Jak będzie wyglądać ulotka</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">Drukuj</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">Zapisz jako PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished">Wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation type="unfinished">Zapisano jako {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Every export is signed with this journal&apos;s own key, and this ID is its short fingerprint: the same on every export. It shows that the same journal made each export and that nothing changed after signing. It does not show when things happened (times come from this computer&apos;s clock), or that what was written is true, and anyone who knows the passphrase can sign as this journal.</source>
        <translation type="unfinished">Każdy eksport jest podpisany własnym kluczem tego dziennika, a ten identyfikator to jego krótki odcisk: taki sam w każdym eksporcie. Pokazuje, że każdy eksport zrobił ten sam dziennik i że po podpisaniu nic się nie zmieniło. Nie pokazuje, kiedy coś się stało (czas pochodzi z zegara tego komputera), ani że to, co zapisano, jest prawdą. Każdy, kto zna hasło, może podpisać jako ten dziennik.</translation>
    </message>
    <message>
        <source>What was done to this journal and when, newest first. It never records what you wrote.</source>
        <translation type="unfinished">Co i kiedy zrobiono z tym dziennikiem, od najnowszych. Nigdy nie zapisuje tego, co piszesz.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Historia</translation>
    </message>
    <message>
        <source>Journal ID: {journal_id}</source>
        <translation type="unfinished">Identyfikator dziennika: {journal_id}</translation>
    </message>
    <message>
        <source>Journal ID {journal_id}</source>
        <translation type="unfinished">Identyfikator dziennika {journal_id}</translation>
    </message>
    <message>
        <source>History of this journal</source>
        <translation type="unfinished">Historia tego dziennika</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Co</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>This is a private notebook where you can write down what happened and keep screenshots, in case you want to report it.</source>
        <translation type="unfinished">To prywatny notatnik. Możesz w nim zapisać, co się stało, i trzymać zrzuty ekranu, gdyby chcieć to zgłosić.</translation>
    </message>
    <message>
        <source>It is encrypted and stays on this computer only, and nobody can get it back if you forget the passphrase, so write a hint somewhere safe or make an encrypted backup.</source>
        <translation type="unfinished">Jest zaszyfrowany i zostaje tylko na tym komputerze. Nikt go nie odzyska, jeśli zapomnisz hasła, więc zapisz podpowiedź w bezpiecznym miejscu albo zrób zaszyfrowaną kopię zapasową.</translation>
    </message>
    <message>
        <source>If someone watches this computer with spying software, they may still see what you type.</source>
        <translation type="unfinished">Jeśli ktoś obserwuje ten komputer programem szpiegującym, nadal może widzieć, co piszesz.</translation>
    </message>
    <message>
        <source>Your journal is ready. Tip: choose Backup… to save an encrypted copy, for example on a USB stick, in case this computer is lost or you forget your passphrase.</source>
        <translation type="unfinished">Twój dziennik jest gotowy. Wskazówka: wybierz „Kopia zapasowa…”, żeby zapisać zaszyfrowaną kopię, np. na pendrivie, na wypadek utraty komputera albo zapomnienia hasła.</translation>
    </message>
    <message>
        <source>Your private journal</source>
        <translation type="unfinished">Twój prywatny dziennik</translation>
    </message>
    <message>
        <source>Set up my journal</source>
        <translation type="unfinished">Załóż mój dziennik</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished">Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished">Wybierz hasło</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Three or four ordinary words that have nothing to do with each other are strong and easy to remember. Nobody can reset it for you.</source>
        <translation type="unfinished">Hasło najlepiej zrobić z kilku słów. Trzy lub cztery zwykłe słowa, które nie mają ze sobą nic wspólnego, są silne i łatwe do zapamiętania. Nikt nie może go za ciebie zresetować.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nowe hasło</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished">Wpisz hasło ponownie</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished">Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished">Utwórz mój dziennik</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished">Twój dziennik jest zamknięty</translation>
    </message>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation type="unfinished">Wpisz hasło, żeby go otworzyć.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Hasło</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Otwórz</translation>
    </message>
    <message>
        <source>Forgot it? Nobody can reset it, but you can try as many times as you need. If you made a backup and remember its passphrase, you can restore it.</source>
        <translation type="unfinished">Nie pamiętasz? Nikt nie może go zresetować, ale możesz próbować tyle razy, ile trzeba. Jeśli masz kopię zapasową i pamiętasz jej hasło, możesz ją przywrócić.</translation>
    </message>
    <message>
        <source>Journal actions</source>
        <translation type="unfinished">Działania w dzienniku</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished">Nowy wpis</translation>
    </message>
    <message>
        <source>Write down something that happened (Ctrl+N)</source>
        <translation type="unfinished">Zapisz coś, co się stało (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished">Eksportuj…</translation>
    </message>
    <message>
        <source>Make a report to share with police or a helpline</source>
        <translation type="unfinished">Zrób raport dla policji lub telefonu zaufania</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation type="unfinished">Kopia zapasowa…</translation>
    </message>
    <message>
        <source>Save an encrypted copy, for example on a USB stick</source>
        <translation type="unfinished">Zapisz zaszyfrowaną kopię, np. na pendrivie</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Przywróć…</translation>
    </message>
    <message>
        <source>Bring back a journal from a backup</source>
        <translation type="unfinished">Przywróć dziennik z kopii zapasowej</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Zmień hasło…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished">Historia…</translation>
    </message>
    <message>
        <source>What was done to this journal and when, and its ID</source>
        <translation type="unfinished">Co i kiedy zrobiono z tym dziennikiem oraz jego identyfikator</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation type="unfinished">Zamknij dziennik teraz (Ctrl+L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>Close this tip</source>
        <translation type="unfinished">Zamknij tę wskazówkę</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation type="unfinished">Otwieranie… to chwilę potrwa.</translation>
    </message>
    <message>
        <source>Setting up your journal… this takes a moment.</source>
        <translation type="unfinished">Zakładanie dziennika… to chwilę potrwa.</translation>
    </message>
    <message>
        <source>The folder for your journal could not be made. Nothing was saved.</source>
        <translation type="unfinished">Nie udało się utworzyć folderu na dziennik. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished">Wpisz swoje hasło.</translation>
    </message>
    <message>
        <source>Journal ID: {journal_id}</source>
        <translation type="unfinished">Identyfikator dziennika: {journal_id}</translation>
    </message>
    <message>
        <source>Journal ID {journal_id}</source>
        <translation type="unfinished">Identyfikator dziennika {journal_id}</translation>
    </message>
    <message>
        <source>That passphrase did not work. Check it and try again. Capital letters and spaces count.</source>
        <translation type="unfinished">To hasło nie zadziałało. Sprawdź je i spróbuj jeszcze raz. Wielkie litery i spacje mają znaczenie.</translation>
    </message>
    <message>
        <source>There is already a journal here. Unlock it with its passphrase.</source>
        <translation type="unfinished">Tu już jest dziennik. Odblokuj go jego hasłem.</translation>
    </message>
    <message>
        <source>Something went wrong and the journal did not open. Nothing was changed.</source>
        <translation type="unfinished">Coś poszło nie tak i dziennik się nie otworzył. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Your journal locked itself because nothing happened for a while.</source>
        <translation type="unfinished">Dziennik sam się zamknął, bo przez jakiś czas nic się nie działo.</translation>
    </message>
    <message>
        <source>Entry not opened</source>
        <translation type="unfinished">Nie otwarto wpisu</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">Hasło zmienione</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one next time. Backups you made before still open with the old passphrase.</source>
        <translation type="unfinished">Hasło jest zmienione. Następnym razem użyj nowego. Wcześniejsze kopie zapasowe nadal otwierają się starym hasłem.</translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation type="unfinished">Nie pokazano historii</translation>
    </message>
    <message>
        <source>Lock the journal first?</source>
        <translation type="unfinished">Najpierw zamknąć dziennik?</translation>
    </message>
    <message>
        <source>To restore a backup, the journal locks first. What you are writing is kept.</source>
        <translation type="unfinished">Aby przywrócić kopię zapasową, dziennik najpierw się zamknie. To, co piszesz, zostanie zachowane.</translation>
    </message>
    <message>
        <source>Lock and continue</source>
        <translation type="unfinished">Zamknij i kontynuuj</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished">Nie przywrócono</translation>
    </message>
    <message>
        <source>The folder for your journal could not be made.</source>
        <translation type="unfinished">Nie udało się utworzyć folderu na dziennik.</translation>
    </message>
    <message>
        <source>Your backup is restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation type="unfinished">Kopia zapasowa jest przywrócona. Otwórz ją hasłem tej kopii.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open an email address</source>
        <translation type="unfinished">Otwórz adres e-mail</translation>
    </message>
    <message>
        <source>Open a web address</source>
        <translation type="unfinished">Otwórz adres strony</translation>
    </message>
    <message>
        <source>This link goes to:</source>
        <translation type="unfinished">Ten link prowadzi do:</translation>
    </message>
    <message>
        <source>This opens your email app to write to:</source>
        <translation type="unfinished">To otworzy twoją aplikację pocztową, żeby napisać do:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <source>Your email app will keep a copy of anything you send. If someone else can see your email, think about using a safer device.</source>
        <translation type="unfinished">Aplikacja pocztowa zachowa kopię wszystkiego, co wyślesz. Jeśli ktoś inny może widzieć twoją pocztę, pomyśl o bezpieczniejszym urządzeniu.</translation>
    </message>
    <message>
        <source>If you open this in a web browser, the browser keeps it in its history. Someone who uses this computer could see it. To keep it more private, copy the address and paste it into a private window (also called incognito), or use a safer device.</source>
        <translation type="unfinished">Jeśli otworzysz to w przeglądarce, przeglądarka zapisze to w historii. Ktoś, kto używa tego komputera, może to zobaczyć. Dla większej prywatności skopiuj adres i wklej go w oknie prywatnym (incognito) albo użyj bezpieczniejszego urządzenia.</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished">Kopiuj adres</translation>
    </message>
    <message>
        <source>Open in email app</source>
        <translation type="unfinished">Otwórz w aplikacji pocztowej</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished">Otwórz w przeglądarce</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished">&amp;Porady</translation>
    </message>
    <message>
        <source>Plain-language help on what is happening and what to do next</source>
        <translation type="unfinished">Prosta pomoc: co się dzieje i co zrobić dalej</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished">&amp;Kontakty</translation>
    </message>
    <message>
        <source>People and services who can help, for your region</source>
        <translation type="unfinished">Osoby i usługi, które mogą pomóc w twoim regionie</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished">&amp;Dziennik</translation>
    </message>
    <message>
        <source>A private, encrypted notebook for keeping a record of what happened</source>
        <translation type="unfinished">Prywatny, zaszyfrowany notatnik do zapisywania, co się stało</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished">&amp;Ustawienia</translation>
    </message>
    <message>
        <source>Quick exit keys, privacy and display settings</source>
        <translation type="unfinished">Klawisze szybkiego wyjścia, prywatność i wygląd</translation>
    </message>
    <message>
        <source>Current section. {v0}</source>
        <translation type="unfinished">Obecna sekcja. {v0}</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished">Szybkie wyjście</translation>
    </message>
    <message>
        <source>Hides this app at once and closes it.</source>
        <translation type="unfinished">Od razu ukrywa i zamyka tę aplikację.</translation>
    </message>
    <message>
        <source>Hide this app at once</source>
        <translation type="unfinished">Od razu ukryj tę aplikację</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished">Sekcje</translation>
    </message>
    <message>
        <source>{v0} (Ctrl+{i})</source>
        <translation type="unfinished">{v0} (Ctrl+{i})</translation>
    </message>
    <message>
        <source>press {key}</source>
        <translation type="unfinished">naciśnij {key}</translation>
    </message>
    <message>
        <source>press Shift 3 times</source>
        <translation type="unfinished">naciśnij Shift 3 razy</translation>
    </message>
    <message>
        <source>To hide this fast: {ways}.</source>
        <translation type="unfinished">Aby szybko to ukryć: {ways}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> albo </translation>
    </message>
    <message>
        <source>To hide this fast, use Quick exit.</source>
        <translation type="unfinished">Aby szybko to ukryć, użyj szybkiego wyjścia.</translation>
    </message>
</context>
<context>
    <name>NotesCover</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notatki</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished">Nie ma jeszcze notatek.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Dalej</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Type the {v0} again</source>
        <translation type="unfinished">Wpisz ponownie: {v0}</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished">&amp;Ponownie:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished">Wpisz hasło.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished">Hasła nie są takie same. Wpisz je jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too weak</source>
        <translation type="unfinished">Za słabe</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">Słabe</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">W porządku</translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished">Dobre</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">Mocne</translation>
    </message>
    <message>
        <source>Try three or four ordinary words that have nothing to do with each other. Longer is stronger.</source>
        <translation type="unfinished">Spróbuj trzech albo czterech zwykłych słów, które nie mają ze sobą nic wspólnego. Dłuższe jest mocniejsze.</translation>
    </message>
    <message>
        <source>Rows of keys next to each other, like qwerty, are easy to guess.</source>
        <translation type="unfinished">Rzędy sąsiednich klawiszy, jak qwerty, łatwo odgadnąć.</translation>
    </message>
    <message>
        <source>Patterns on the keyboard are easy to guess.</source>
        <translation type="unfinished">Wzory na klawiaturze łatwo odgadnąć.</translation>
    </message>
    <message>
        <source>The same letter or number over and over is easy to guess.</source>
        <translation type="unfinished">Tę samą literę albo cyfrę powtarzaną wiele razy łatwo odgadnąć.</translation>
    </message>
    <message>
        <source>Repeating the same part twice adds almost nothing.</source>
        <translation type="unfinished">Powtórzenie tej samej części dwa razy prawie nic nie daje.</translation>
    </message>
    <message>
        <source>Runs like abc or 6543 are easy to guess.</source>
        <translation type="unfinished">Ciągi jak abc albo 6543 łatwo odgadnąć.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished">Ostatnie lata łatwo odgadnąć.</translation>
    </message>
    <message>
        <source>Dates are easy to guess, especially ones linked to you.</source>
        <translation type="unfinished">Daty łatwo odgadnąć, zwłaszcza te związane z tobą.</translation>
    </message>
    <message>
        <source>This is one of the first passwords people try.</source>
        <translation type="unfinished">To jedno z pierwszych haseł, jakie ludzie sprawdzają.</translation>
    </message>
    <message>
        <source>Many people use this password.</source>
        <translation type="unfinished">Wiele osób używa tego hasła.</translation>
    </message>
    <message>
        <source>This is close to a password many people use.</source>
        <translation type="unfinished">To hasło jest podobne do hasła, którego używa wiele osób.</translation>
    </message>
    <message>
        <source>One word on its own is easy to guess.</source>
        <translation type="unfinished">Jedno słowo samo w sobie łatwo odgadnąć.</translation>
    </message>
    <message>
        <source>A name on its own is easy to guess.</source>
        <translation type="unfinished">Samo imię łatwo odgadnąć.</translation>
    </message>
    <message>
        <source>Common names are easy to guess.</source>
        <translation type="unfinished">Popularne imiona łatwo odgadnąć.</translation>
    </message>
    <message>
        <source>Add another word or two; unusual words are better.</source>
        <translation type="unfinished">Dodaj jeszcze jedno albo dwa słowa; nietypowe słowa są lepsze.</translation>
    </message>
    <message>
        <source>Avoid repeating words or characters.</source>
        <translation type="unfinished">Nie powtarzaj słów ani znaków.</translation>
    </message>
    <message>
        <source>Avoid runs like abc or 123.</source>
        <translation type="unfinished">Unikaj ciągów jak abc albo 123.</translation>
    </message>
    <message>
        <source>Avoid years and dates linked to you.</source>
        <translation type="unfinished">Unikaj lat i dat związanych z tobą.</translation>
    </message>
    <message>
        <source>A capital letter at the start does not help much.</source>
        <translation type="unfinished">Wielka litera na początku niewiele pomaga.</translation>
    </message>
    <message>
        <source>All capitals are about as easy to guess.</source>
        <translation type="unfinished">Same wielkie litery łatwo odgadnąć prawie tak samo.</translation>
    </message>
    <message>
        <source>Words spelt backwards are not much harder to guess.</source>
        <translation type="unfinished">Słowa pisane wspak nie są dużo trudniejsze do odgadnięcia.</translation>
    </message>
    <message>
        <source>Swapping letters for look-alikes, like @ for a, does not help much.</source>
        <translation type="unfinished">Zamiana liter na podobne znaki, jak @ zamiast a, niewiele pomaga.</translation>
    </message>
</context>
<context>
    <name>PresentationButton</name>
    <message>
        <source>Large text</source>
        <translation type="unfinished">Duży tekst</translation>
    </message>
    <message>
        <source>Makes the text big for reading together. Click again to undo.</source>
        <translation type="unfinished">Powiększa tekst do wspólnego czytania. Kliknij jeszcze raz, żeby cofnąć.</translation>
    </message>
    <message>
        <source>Big text for reading together (click again to undo)</source>
        <translation type="unfinished">Duży tekst do wspólnego czytania (kliknij jeszcze raz, żeby cofnąć)</translation>
    </message>
    <message>
        <source>Large text: on</source>
        <translation type="unfinished">Duży tekst: włączony</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Backup file: {v0}
Type the passphrase that opened the journal when the backup was made.</source>
        <translation type="unfinished">Plik kopii: {v0}
Wpisz hasło, które otwierało dziennik, gdy robiono kopię.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Hasło</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">Przywróć</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished">Wpisz hasło.</translation>
    </message>
    <message>
        <source>Replace the journal on this computer?</source>
        <translation type="unfinished">Zastąpić dziennik na tym komputerze?</translation>
    </message>
    <message>
        <source>There is already a journal on this computer. Restoring the backup replaces it, and anything written in it since the backup will be lost. Replace it?</source>
        <translation type="unfinished">Na tym komputerze jest już dziennik. Przywrócenie kopii go zastąpi, a wszystko, co zapisano w nim od czasu kopii, przepadnie. Zastąpić go?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished">Zastąp</translation>
    </message>
    <message>
        <source>Keep my journal</source>
        <translation type="unfinished">Zostaw mój dziennik</translation>
    </message>
    <message>
        <source>Checking and restoring your backup…</source>
        <translation type="unfinished">Sprawdzanie i przywracanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>That passphrase did not open this backup. Check it and try again.</source>
        <translation type="unfinished">To hasło nie otworzyło tej kopii. Sprawdź je i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation type="unfinished">Nie udało się przywrócić kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h1&gt;Settings&lt;/h1&gt;</source>
        <translation type="unfinished">&lt;h1&gt;Ustawienia&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Ustawienia</translation>
    </message>
    <message>
        <source>This is a guest session. Changes last until the session ends and are not saved on this computer.</source>
        <translation type="unfinished">To sesja gościa. Zmiany działają do końca sesji i nie są zapisywane na tym komputerze.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished">Szybkie wyjście</translation>
    </message>
    <message>
        <source>How this app looks on the screen</source>
        <translation type="unfinished">Jak ta aplikacja wygląda na ekranie</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation type="unfinished">Nagrywanie ekranu</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished">Dziennik</translation>
    </message>
    <message>
        <source>Your region</source>
        <translation type="unfinished">Twój region</translation>
    </message>
    <message>
        <source>Who is using this?</source>
        <translation type="unfinished">Kto tego używa?</translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished">Masz mniej niż 18 lat?</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished">Czytanie</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished">O aplikacji</translation>
    </message>
    <message>
        <source>Remove everything</source>
        <translation type="unfinished">Usuń wszystko</translation>
    </message>
    <message>
        <source>This change works for now, but it could not be saved: {v0}.</source>
        <translation type="unfinished">Ta zmiana działa teraz, ale nie udało się jej zapisać: {v0}.</translation>
    </message>
    <message>
        <source>These hide this app at once, from any window. Your journal is locked and nothing you wrote is lost.</source>
        <translation type="unfinished">Te klawisze od razu ukrywają aplikację, z każdego okna. Dziennik zostaje zamknięty i nic, co piszesz, nie przepada.</translation>
    </message>
    <message>
        <source>Quick exit &amp;key:</source>
        <translation type="unfinished">&amp;Klawisz szybkiego wyjścia:</translation>
    </message>
    <message>
        <source>Quick exit key</source>
        <translation type="unfinished">Klawisz szybkiego wyjścia</translation>
    </message>
    <message>
        <source>Click here, then press the key you want to use.</source>
        <translation type="unfinished">Kliknij tutaj, a potem naciśnij klawisz, którego chcesz używać.</translation>
    </message>
    <message>
        <source>Press a key</source>
        <translation type="unfinished">Naciśnij klawisz</translation>
    </message>
    <message>
        <source>No quick exit key</source>
        <translation type="unfinished">Brak klawisza szybkiego wyjścia</translation>
    </message>
    <message>
        <source>Use F12</source>
        <translation type="unfinished">Użyj F12</translation>
    </message>
    <message>
        <source>Use F12 as the quick exit key</source>
        <translation type="unfinished">Użyj F12 jako klawisza szybkiego wyjścia</translation>
    </message>
    <message>
        <source>F12</source>
        <translation type="unfinished">F12</translation>
    </message>
    <message>
        <source>Click the box, then press one key. F12 is a good choice.</source>
        <translation type="unfinished">Kliknij pole, a potem naciśnij jeden klawisz. F12 to dobry wybór.</translation>
    </message>
    <message>
        <source>Press Shi&amp;ft 3 times quickly to hide the app</source>
        <translation type="unfinished">Naciśnij szybko Shi&amp;ft 3 razy, żeby ukryć aplikację</translation>
    </message>
    <message>
        <source>Press Shift 3 times quickly to hide the app</source>
        <translation type="unfinished">Naciśnij szybko Shift 3 razy, żeby ukryć aplikację</translation>
    </message>
    <message>
        <source>&lt;b&gt;After a quick exit:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Po szybkim wyjściu:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a plain name and picture, so the window and taskbar do not show what this app is for.</source>
        <translation type="unfinished">Wybierz zwykłą nazwę i obrazek, żeby okno i pasek zadań nie zdradzały, do czego służy ta aplikacja.</translation>
    </message>
    <message>
        <source>Window &amp;name:</source>
        <translation type="unfinished">&amp;Nazwa okna:</translation>
    </message>
    <message>
        <source>Window name</source>
        <translation type="unfinished">Nazwa okna</translation>
    </message>
    <message>
        <source>Choose a name or type your own.</source>
        <translation type="unfinished">Wybierz nazwę albo wpisz własną.</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation type="unfinished">&amp;Obrazek:</translation>
    </message>
    <message>
        <source>Window picture</source>
        <translation type="unfinished">Obrazek okna</translation>
    </message>
    <message>
        <source>Saved. Next time the app opens on a plain Notes page.</source>
        <translation type="unfinished">Zapisano. Następnym razem aplikacja otworzy się na zwykłej stronie Notatki.</translation>
    </message>
    <message>
        <source>Saved. Next time the app opens on its help pages.</source>
        <translation type="unfinished">Zapisano. Następnym razem aplikacja otworzy się na stronach z pomocą.</translation>
    </message>
    <message>
        <source>The window needs a name. The old name is kept.</source>
        <translation type="unfinished">Okno musi mieć nazwę. Zostaje stara nazwa.</translation>
    </message>
    <message>
        <source>The window is now called “{title}”.</source>
        <translation type="unfinished">Okno nazywa się teraz „{title}”.</translation>
    </message>
    <message>
        <source>&amp;Hide this window from screen recording</source>
        <translation type="unfinished">&amp;Ukryj to okno przed nagrywaniem ekranu</translation>
    </message>
    <message>
        <source>Hide this window from screen recording</source>
        <translation type="unfinished">Ukryj to okno przed nagrywaniem ekranu</translation>
    </message>
    <message>
        <source>This asks the computer to leave this app out of screenshots, screen recordings and screen sharing. It works on Windows 10 (version 2004 or newer), Windows 11 and macOS. It cannot stop a phone camera, someone looking at your screen, or every kind of spying software.</source>
        <translation type="unfinished">Komputer zostanie poproszony, żeby pomijał tę aplikację na zrzutach ekranu, w nagraniach ekranu i przy udostępnianiu ekranu. Działa w Windows 10 (wersja 2004 lub nowsza), Windows 11 i macOS. Nie zatrzyma aparatu w telefonie, kogoś, kto patrzy na twój ekran, ani każdego programu szpiegującego.</translation>
    </message>
    <message>
        <source>This computer does not offer it, so here this setting does nothing. It will work if you use the app on Windows or a Mac.</source>
        <translation type="unfinished">Ten komputer tego nie oferuje, więc tutaj to ustawienie nic nie robi. Zadziała, jeśli używasz aplikacji w Windows albo na Macu.</translation>
    </message>
    <message>
        <source>This computer does not offer this. It does nothing here.</source>
        <translation type="unfinished">Ten komputer tego nie oferuje. Tutaj to nic nie robi.</translation>
    </message>
    <message>
        <source>&amp;Lock the journal after</source>
        <translation type="unfinished">&amp;Zamknij dziennik po</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">Nigdy</translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes of not using the app</source>
        <translation type="unfinished">Zamknij dziennik po tylu minutach nieużywania aplikacji</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation type="unfinished">0 oznacza nigdy.</translation>
    </message>
    <message>
        <source>of not using the app.</source>
        <translation type="unfinished">nieużywania aplikacji.</translation>
    </message>
    <message>
        <source>Guidance and contacts are shown for the place you choose.</source>
        <translation type="unfinished">Porady i kontakty są pokazywane dla miejsca, które wybierzesz.</translation>
    </message>
    <message>
        <source>Choose where you are</source>
        <translation type="unfinished">Wybierz, gdzie jesteś</translation>
    </message>
    <message>
        <source>Close the app completely</source>
        <translation type="unfinished">Zamknij aplikację całkowicie</translation>
    </message>
    <message>
        <source>Nothing is left on the screen, in the taskbar or in the task manager. This is the safest choice.</source>
        <translation type="unfinished">Nic nie zostaje na ekranie, na pasku zadań ani w menedżerze zadań. To najbezpieczniejszy wybór.</translation>
    </message>
    <message>
        <source>Show a plain Notes window instead</source>
        <translation type="unfinished">Zamiast tego pokaż zwykłe okno Notatki</translation>
    </message>
    <message>
        <source>The app stays hidden behind an empty notes window. Closing that window closes the app.</source>
        <translation type="unfinished">Aplikacja zostaje ukryta za pustym oknem notatek. Zamknięcie tego okna zamyka aplikację.</translation>
    </message>
    <message>
        <source>Only make it small</source>
        <translation type="unfinished">Tylko zminimalizuj</translation>
    </message>
    <message>
        <source>The app goes to the taskbar with its plain name. When you open it again it starts at the beginning, with your journal locked.</source>
        <translation type="unfinished">Aplikacja trafia na pasek zadań ze swoją zwykłą nazwą. Gdy otworzysz ją ponownie, zacznie od początku, a dziennik będzie zamknięty.</translation>
    </message>
    <message>
        <source>I&apos;m looking for help for myself</source>
        <translation type="unfinished">Szukam pomocy dla siebie</translation>
    </message>
    <message>
        <source>I&apos;m a support worker</source>
        <translation type="unfinished">Udzielam wsparcia zawodowo</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished">Jeszcze nie wybrano</translation>
    </message>
    <message>
        <source>Region: {v0}.</source>
        <translation type="unfinished">Region: {v0}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished">Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Large te&amp;xt</source>
        <translation type="unfinished">Duży &amp;tekst</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">Duży tekst</translation>
    </message>
    <message>
        <source>High c&amp;ontrast (stronger colours)</source>
        <translation type="unfinished">Wysoki &amp;kontrast (mocniejsze kolory)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Wysoki kontrast</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation type="unfinished">&amp;Język</translation>
    </message>
    <message>
        <source>Version {version}. What this app is, that it sends nothing, and the licences of what it ships.</source>
        <translation type="unfinished">Wersja {version}. Czym jest ta aplikacja, to, że niczego nie wysyła, i licencje jej części.</translation>
    </message>
    <message>
        <source>About this app…</source>
        <translation type="unfinished">O aplikacji…</translation>
    </message>
    <message>
        <source>This removes everything this app keeps on this computer: your journal, its drafts, your settings and backups the app made in its own folder. It cannot be undone. Backups you saved somewhere else, for example on a USB stick, are not touched.</source>
        <translation type="unfinished">To usuwa wszystko, co ta aplikacja trzyma na tym komputerze: dziennik, jego wersje robocze, ustawienia i kopie zapasowe, które aplikacja zrobiła we własnym folderze. Nie da się tego cofnąć. Kopie zapasowe zapisane gdzie indziej, np. na pendrivie, zostają nietknięte.</translation>
    </message>
    <message>
        <source>Be aware: on many computers, especially ones with SSD drives, deleted files can sometimes be recovered with special tools. Your journal was always encrypted, so without your passphrase nobody can read it, even if they recover the file.</source>
        <translation type="unfinished">Uwaga: na wielu komputerach, zwłaszcza z dyskami SSD, usunięte pliki czasem da się odzyskać specjalnymi narzędziami. Twój dziennik był zawsze zaszyfrowany, więc bez twojego hasła nikt go nie przeczyta, nawet jeśli odzyska plik.</translation>
    </message>
    <message>
        <source>To confirm, type {CONFIRM_WORD}:</source>
        <translation type="unfinished">Aby potwierdzić, wpisz {CONFIRM_WORD}:</translation>
    </message>
    <message>
        <source>Type {CONFIRM_WORD} to confirm removing everything</source>
        <translation type="unfinished">Wpisz {CONFIRM_WORD}, żeby potwierdzić usunięcie wszystkiego</translation>
    </message>
    <message>
        <source>&amp;Remove everything and close</source>
        <translation type="unfinished">&amp;Usuń wszystko i zamknij</translation>
    </message>
    <message>
        <source>Remove everything and close the app</source>
        <translation type="unfinished">Usuń wszystko i zamknij aplikację</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Siła hasła</translation>
    </message>
    <message>
        <source>Strength: {v0}.</source>
        <translation type="unfinished">Siła: {v0}.</translation>
    </message>
    <message>
        <source>Strength: type a passphrase to see how strong it is.</source>
        <translation type="unfinished">Siła: wpisz hasło, żeby zobaczyć, jak jest silne.</translation>
    </message>
</context>
<context>
    <name>SupportWorkerPanel</name>
    <message>
        <source>Who is using this?</source>
        <translation type="unfinished">Kto tego używa?</translation>
    </message>
    <message>
        <source>I&apos;m looking for help for &amp;myself</source>
        <translation type="unfinished">Szukam pomocy dla &amp;siebie</translation>
    </message>
    <message>
        <source>I&apos;m looking for help for myself</source>
        <translation type="unfinished">Szukam pomocy dla siebie</translation>
    </message>
    <message>
        <source>I&apos;m a support &amp;worker</source>
        <translation type="unfinished">Udzielam &amp;wsparcia zawodowo</translation>
    </message>
    <message>
        <source>I&apos;m a support worker</source>
        <translation type="unfinished">Udzielam wsparcia zawodowo</translation>
    </message>
    <message>
        <source>Turns on guest sessions and shows handouts at the top.</source>
        <translation type="unfinished">Włącza sesje gościa i pokazuje ulotki na górze.</translation>
    </message>
    <message>
        <source>Guest sessions: &amp;forget each visit</source>
        <translation type="unfinished">Sesje gościa: &amp;zapominaj każdą wizytę</translation>
    </message>
    <message>
        <source>Guest sessions: forget each visit</source>
        <translation type="unfinished">Sesje gościa: zapominaj każdą wizytę</translation>
    </message>
    <message>
        <source>&lt;p&gt;In a guest session nothing is saved on this computer, and there is no journal here: a visitor can keep one on their own USB stick. &lt;b&gt;End session&lt;/b&gt; forgets:&lt;/p&gt;&lt;ul&gt;{forgets}&lt;/ul&gt;</source>
        <translation type="unfinished">&lt;p&gt;W sesji gościa nic nie jest zapisywane na tym komputerze i nie ma tu dziennika: osoba odwiedzająca może prowadzić go na własnym pendrivie. &lt;b&gt;Zakończ sesję&lt;/b&gt; zapomina:&lt;/p&gt;&lt;ul&gt;{forgets}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>What End session forgets: </source>
        <translation type="unfinished">Co zapomina „Zakończ sesję”: </translation>
    </message>
    <message>
        <source>Show the Handouts button at the &amp;top</source>
        <translation type="unfinished">Pokaż przycisk Ulotki na &amp;górze</translation>
    </message>
    <message>
        <source>Show the Handouts button at the top</source>
        <translation type="unfinished">Pokaż przycisk Ulotki na górze</translation>
    </message>
    <message>
        <source>Set centre &amp;passphrase…</source>
        <translation type="unfinished">Ustaw &amp;hasło ośrodka…</translation>
    </message>
    <message>
        <source>Set centre passphrase</source>
        <translation type="unfinished">Ustaw hasło ośrodka</translation>
    </message>
    <message>
        <source>&amp;Remove centre passphrase…</source>
        <translation type="unfinished">&amp;Usuń hasło ośrodka…</translation>
    </message>
    <message>
        <source>Remove centre passphrase</source>
        <translation type="unfinished">Usuń hasło ośrodka</translation>
    </message>
    <message>
        <source>A centre passphrase protects these settings.</source>
        <translation type="unfinished">Hasło ośrodka chroni te ustawienia.</translation>
    </message>
    <message>
        <source>No centre passphrase. Anyone can change these settings, including turning guest sessions off.</source>
        <translation type="unfinished">Brak hasła ośrodka. Każdy może zmienić te ustawienia, także wyłączyć sesje gościa.</translation>
    </message>
    <message>
        <source>Change centre &amp;passphrase…</source>
        <translation type="unfinished">Zmień &amp;hasło ośrodka…</translation>
    </message>
    <message>
        <source>Saved. Guest sessions are on.</source>
        <translation type="unfinished">Zapisano. Sesje gościa są włączone.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished">Zapisano.</translation>
    </message>
    <message>
        <source>Saved. Guest sessions are off.</source>
        <translation type="unfinished">Zapisano. Sesje gościa są wyłączone.</translation>
    </message>
    <message>
        <source>The centre passphrase is set. Settings will ask for it.</source>
        <translation type="unfinished">Hasło ośrodka jest ustawione. Ustawienia będą o nie prosić.</translation>
    </message>
    <message>
        <source>The centre passphrase was removed.</source>
        <translation type="unfinished">Hasło ośrodka zostało usunięte.</translation>
    </message>
</context>
<context>
    <name>TakeAwayPage</name>
    <message>
        <source>That place is on this computer. Please choose your own USB stick or drive, so nothing of yours stays here.</source>
        <translation type="unfinished">To miejsce jest na tym komputerze. Wybierz własny pendrive albo dysk, żeby nic twojego tu nie zostało.</translation>
    </message>
    <message>
        <source>That drive or folder could not be found. Check the drive is plugged in.</source>
        <translation type="unfinished">Nie znaleziono tego dysku ani folderu. Sprawdź, czy dysk jest podłączony.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your take-away journal&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Twój dziennik na wynos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This computer keeps no journal during a visit. You can keep your notes in a locked file on your own USB stick or drive, and take it with you. Only you know the passphrase. Nothing is kept here.</source>
        <translation type="unfinished">Podczas wizyty ten komputer nie przechowuje dziennika. Możesz trzymać notatki w zamkniętym pliku na własnym pendrivie lub dysku i zabrać go ze sobą. Tylko ty znasz hasło. Nic nie zostaje tutaj.</translation>
    </message>
    <message>
        <source>Plug in your USB stick first. When you have finished, choose Close my journal (or End session), then take the stick with you.</source>
        <translation type="unfinished">Najpierw podłącz pendrive. Gdy skończysz, wybierz „Zamknij mój dziennik” (albo „Zakończ sesję”) i zabierz pendrive ze sobą.</translation>
    </message>
    <message>
        <source>Start a &amp;new journal on my drive…</source>
        <translation type="unfinished">Załóż &amp;nowy dziennik na moim dysku…</translation>
    </message>
    <message>
        <source>Start a new journal on my drive</source>
        <translation type="unfinished">Załóż nowy dziennik na moim dysku</translation>
    </message>
    <message>
        <source>&amp;Open my journal from my drive…</source>
        <translation type="unfinished">&amp;Otwórz mój dziennik z mojego dysku…</translation>
    </message>
    <message>
        <source>Open my journal from my drive</source>
        <translation type="unfinished">Otwórz mój dziennik z mojego dysku</translation>
    </message>
    <message>
        <source>&amp;Close my journal</source>
        <translation type="unfinished">&amp;Zamknij mój dziennik</translation>
    </message>
    <message>
        <source>Close my journal</source>
        <translation type="unfinished">Zamknij mój dziennik</translation>
    </message>
    <message>
        <source>Locks the journal. This computer forgets where it is.</source>
        <translation type="unfinished">Zamyka dziennik. Ten komputer zapomina, gdzie on jest.</translation>
    </message>
    <message>
        <source>Where to keep your journal (your own drive)</source>
        <translation type="unfinished">Gdzie trzymać dziennik (twój własny dysk)</translation>
    </message>
    <message>
        <source>Open your journal (from your own drive)</source>
        <translation type="unfinished">Otwórz swój dziennik (z własnego dysku)</translation>
    </message>
    <message>
        <source>Your journal is on your drive. Close it before you go.</source>
        <translation type="unfinished">Twój dziennik jest na twoim dysku. Zamknij go przed wyjściem.</translation>
    </message>
    <message>
        <source>Your journal is closed and locked. This computer has forgotten where it is.</source>
        <translation type="unfinished">Twój dziennik jest zamknięty. Ten komputer zapomniał, gdzie on jest.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Search everything you wrote (Ctrl+F)</source>
        <translation type="unfinished">Szukaj we wszystkim, co zapisano (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished">Szukaj we wpisach</translation>
    </message>
    <message>
        <source>Shows only entries that contain every word you type.</source>
        <translation type="unfinished">Pokazuje tylko wpisy, które zawierają każde wpisane słowo.</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished">Filtruj według rodzaju</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation type="unfinished">Filtruj według platformy</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">Filtruj według etykiety</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished">Tylko od</translation>
    </message>
    <message>
        <source>Only show entries between two dates</source>
        <translation type="unfinished">Pokaż tylko wpisy między dwiema datami</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">do</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished">Wpisy</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open an entry.</source>
        <translation type="unfinished">Od najnowszych. Naciśnij Enter, żeby otworzyć wpis.</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished">Wszystkie platformy</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">Wszystkie etykiety</translation>
    </message>
    <message>
        <source>No entries yet. Choose New entry (Ctrl+N) to write down what happened. Short notes are fine. You can add more later.</source>
        <translation type="unfinished">Nie ma jeszcze wpisów. Wybierz „Nowy wpis” (Ctrl+N), żeby zapisać, co się stało. Krótkie notatki wystarczą. Więcej możesz dodać później.</translation>
    </message>
    <message>
        <source>Your one entry does not match.</source>
        <translation type="unfinished">Twój jedyny wpis nie pasuje.</translation>
    </message>
    <message numerus="yes">
        <source>None of your %n entries match.</source>
        <comment>Your %n entry does not match.</comment>
        <translation type="unfinished">
            <numerusform>Twój %n wpis nie pasuje.</numerusform>
            <numerusform>Żaden z twoich %n wpisów nie pasuje.</numerusform>
            <numerusform>Żaden z twoich %n wpisów nie pasuje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, or clear the filters.</source>
        <translation type="unfinished">Nic nie pasuje. Spróbuj mniej słów albo wyczyść filtry.</translation>
    </message>
    <message>
        <source>Showing {shown} of {v1}</source>
        <translation type="unfinished">Pokazano {shown} z {v1}</translation>
    </message>
</context>
<context>
    <name>VisitLanguageCombo</name>
    <message>
        <source>Language for this visit</source>
        <translation type="unfinished">Język na tę wizytę</translation>
    </message>
    <message>
        <source>Language for this visit (not saved)</source>
        <translation type="unfinished">Język na tę wizytę (nie jest zapisywany)</translation>
    </message>
</context>
<context>
    <name>WorkerMode</name>
    <message>
        <source>&amp;Handouts…</source>
        <translation type="unfinished">&amp;Ulotki…</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished">Ulotki</translation>
    </message>
    <message>
        <source>Print or save a contacts card or a guidance page.</source>
        <translation type="unfinished">Drukuj lub zapisz kartę z kontaktami albo stronę z poradami.</translation>
    </message>
</context>
<context>
    <name>age_choice</name>
    <message>
        <source>18 or over</source>
        <translation type="unfinished">18 lat lub więcej</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">Poniżej 18 lat</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished">Wolę nie mówić</translation>
    </message>
    <message>
        <source>Optional. Used only to put the right services first and to show the under-18 route. Nothing is hidden.</source>
        <translation type="unfinished">Nieobowiązkowe. Służy tylko do tego, żeby właściwe usługi były pierwsze i żeby pokazać pomoc dla osób poniżej 18 lat. Nic nie jest ukryte.</translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished">Masz mniej niż 18 lat?</translation>
    </message>
    <message>
        <source>Age: {v0}.</source>
        <translation type="unfinished">Wiek: {v0}.</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Each file can be up to {v0}.</source>
        <translation type="unfinished">Każdy plik może mieć do {v0}.</translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation type="unfinished">folder {folder}</translation>
    </message>
</context>
<context>
    <name>centre_lock</name>
    <message>
        <source>Type the current centre passphrase first.</source>
        <translation type="unfinished">Najpierw wpisz obecne hasło ośrodka.</translation>
    </message>
    <message>
        <source>Type the centre passphrase to remove it.</source>
        <translation type="unfinished">Wpisz hasło ośrodka, żeby je usunąć.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>England</source>
        <translation type="unfinished">Anglia</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished">Walia</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished">Szkocja</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished">Irlandia Północna</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished">Irlandia</translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished">Stany Zjednoczone</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished">Australia</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished">Kanada</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished">Gdzie indziej</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation type="unfinished">Grozi ci niebezpieczeństwo</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">Poniżej 18 lat</translation>
    </message>
    <message>
        <source>Adult (18 or over)</source>
        <translation type="unfinished">Osoba dorosła (18 lat lub więcej)</translation>
    </message>
    <message>
        <source>Threats or blackmail</source>
        <translation type="unfinished">Groźby lub szantaż</translation>
    </message>
    <message>
        <source>Getting images taken down</source>
        <translation type="unfinished">Usuwanie zdjęć z internetu</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished">Przemoc domowa</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation type="unfinished">Ktoś do rozmowy</translation>
    </message>
    <message>
        <source>Reporting a crime</source>
        <translation type="unfinished">Zgłoszenie przestępstwa</translation>
    </message>
    <message>
        <source>Deaf or speech-impaired access</source>
        <translation type="unfinished">Dla osób głuchych i z trudnościami w mówieniu</translation>
    </message>
    <message>
        <source>Scam or blackmail email</source>
        <translation type="unfinished">Oszukańczy e-mail lub e-mail z szantażem</translation>
    </message>
    <message>
        <source>18 or over</source>
        <translation type="unfinished">18 lat lub więcej</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Wiadomość</translation>
    </message>
    <message>
        <source>Threat to share images</source>
        <translation type="unfinished">Groźba pokazania zdjęć</translation>
    </message>
    <message>
        <source>Images shared</source>
        <translation type="unfinished">Pokazano zdjęcia</translation>
    </message>
    <message>
        <source>Demand for money or images</source>
        <translation type="unfinished">Żądanie pieniędzy lub zdjęć</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Inne</translation>
    </message>
    <message>
        <source>the UK</source>
        <translation type="unfinished">Wielka Brytania</translation>
    </message>
    <message>
        <source>the United States</source>
        <translation type="unfinished">Stany Zjednoczone</translation>
    </message>
    <message>
        <source>UK</source>
        <translation type="unfinished">Wielka Brytania</translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished">USA</translation>
    </message>
    <message>
        <source>Anywhere else</source>
        <translation type="unfinished">Gdzie indziej</translation>
    </message>
    <message>
        <source>Journal created</source>
        <translation type="unfinished">Utworzono dziennik</translation>
    </message>
    <message>
        <source>History started (the journal was made by an older version)</source>
        <translation type="unfinished">Rozpoczęto historię (dziennik utworzyła starsza wersja aplikacji)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">Odblokowano</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">Zablokowano</translation>
    </message>
    <message>
        <source>Failed attempts to unlock</source>
        <translation type="unfinished">Nieudane próby odblokowania</translation>
    </message>
    <message>
        <source>Entry written</source>
        <translation type="unfinished">Zapisano wpis</translation>
    </message>
    <message>
        <source>Entry changed</source>
        <translation type="unfinished">Zmieniono wpis</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation type="unfinished">Usunięto wpis</translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished">Dodano plik</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation type="unfinished">Otwarto plik</translation>
    </message>
    <message>
        <source>File saved out of the journal</source>
        <translation type="unfinished">Zapisano plik poza dziennikiem</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation type="unfinished">Usunięto plik</translation>
    </message>
    <message>
        <source>Evidence export made</source>
        <translation type="unfinished">Wyeksportowano dowody</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished">Utworzono kopię zapasową</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished">Przywrócono z kopii zapasowej</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">Zmieniono hasło</translation>
    </message>
    <message>
        <source>Guest session started</source>
        <translation type="unfinished">Rozpoczęto sesję gościa</translation>
    </message>
    <message>
        <source>Guest session ended</source>
        <translation type="unfinished">Zakończono sesję gościa</translation>
    </message>
    <message>
        <source>Accounts and usernames</source>
        <translation type="unfinished">Konta i nazwy użytkowników</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Numery telefonów</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished">Adresy e-mail</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation type="unfinished">Adresy internetowe</translation>
    </message>
    <message>
        <source>Report references</source>
        <translation type="unfinished">Numery zgłoszeń</translation>
    </message>
    <message>
        <source>words typed into search</source>
        <translation type="unfinished">słowa wpisane w wyszukiwarkę</translation>
    </message>
    <message>
        <source>pages looked at, and the back and forward history</source>
        <translation type="unfinished">oglądane strony oraz historia „Wstecz” i „Dalej”</translation>
    </message>
    <message>
        <source>text size and contrast changes</source>
        <translation type="unfinished">zmiany rozmiaru tekstu i kontrastu</translation>
    </message>
    <message>
        <source>the region picked during the visit</source>
        <translation type="unfinished">region wybrany podczas wizyty</translation>
    </message>
    <message>
        <source>contacts filters</source>
        <translation type="unfinished">filtry kontaktów</translation>
    </message>
    <message>
        <source>the take-away journal (it is locked and the app forgets where it is)</source>
        <translation type="unfinished">dziennik na wynos (zostaje zablokowany, a aplikacja zapomina, gdzie jest)</translation>
    </message>
    <message>
        <source>anything this app put on the clipboard</source>
        <translation type="unfinished">wszystko, co ta aplikacja umieściła w schowku</translation>
    </message>
    <message>
        <source>Nothing to save yet: write what happened, or add who it was, a web address or a file.</source>
        <translation type="unfinished">Nie ma jeszcze czego zapisać: napisz, co się stało, albo dodaj, kto to był, adres strony lub plik.</translation>
    </message>
    <message>
        <source>What helps a report: when, where, their exact username or number, web addresses, their exact words, any demand, and who you told. Write what you have; add more later.</source>
        <translation type="unfinished">Co pomaga w zgłoszeniu: kiedy, gdzie, dokładna nazwa użytkownika lub numer, adresy stron, dokładne słowa, żądania i komu to zgłoszono. Zapisz to, co masz; więcej dodasz później.</translation>
    </message>
    <message>
        <source>Could still help, if you have it: </source>
        <translation type="unfinished">Może jeszcze pomóc, jeśli to masz: </translation>
    </message>
    <message>
        <source>This entry has what a report usually needs.</source>
        <translation type="unfinished">Ten wpis ma to, czego zwykle potrzeba do zgłoszenia.</translation>
    </message>
    <message>
        <source>When it happened, and when you wrote it down</source>
        <translation type="unfinished">Kiedy to się stało i kiedy to zapisano</translation>
    </message>
    <message>
        <source>When it happened; a rough time is fine. The journal notes the rest.</source>
        <translation type="unfinished">Kiedy to się stało; wystarczy przybliżony czas. Resztę zapisze dziennik.</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation type="unfinished">Platforma lub aplikacja</translation>
    </message>
    <message>
        <source>Where it happened, for example Instagram or a text message.</source>
        <translation type="unfinished">Gdzie to się stało, np. Instagram albo SMS.</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished">Adres strony</translation>
    </message>
    <message>
        <source>The link to the profile, post or chat, from the address bar or the Share menu.</source>
        <translation type="unfinished">Link do profilu, wpisu lub czatu, z paska adresu albo z menu Udostępnij.</translation>
    </message>
    <message>
        <source>Exact username, ID or number</source>
        <translation type="unfinished">Dokładna nazwa użytkownika, identyfikator lub numer</translation>
    </message>
    <message>
        <source>Their exact username, profile link, phone number or email, copied as shown.</source>
        <translation type="unfinished">Dokładna nazwa użytkownika, link do profilu, numer telefonu lub e-mail tej osoby, skopiowane tak, jak są pokazane.</translation>
    </message>
    <message>
        <source>The full message</source>
        <translation type="unfinished">Cała wiadomość</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished">Czego żądano</translation>
    </message>
    <message>
        <source>If they asked for anything: money (how much, and any payment details they gave), more images, and any deadline.</source>
        <translation type="unfinished">Jeśli czegoś żądano: pieniędzy (ile i jakie dane do płatności podano), więcej zdjęć, jakiegoś terminu.</translation>
    </message>
    <message>
        <source>Who it was reported to, and the reference</source>
        <translation type="unfinished">Komu to zgłoszono i numer sprawy</translation>
    </message>
    <message>
        <source>This looks like a display name, which can change. The exact username (like @name), profile link or number helps more.</source>
        <translation type="unfinished">To wygląda na wyświetlane imię, które może się zmienić. Bardziej pomoże dokładna nazwa użytkownika (np. @nazwa), link do profilu lub numer.</translation>
    </message>
    <message>
        <source>their exact username or number (this looks like a display name)</source>
        <translation type="unfinished">dokładna nazwa użytkownika lub numer (to wygląda na wyświetlane imię)</translation>
    </message>
    <message>
        <source>If there was a message, paste its exact words in full, or add a screenshot.</source>
        <translation type="unfinished">Jeśli była wiadomość, wklej ją całą, dokładnie, albo dodaj zrzut ekranu.</translation>
    </message>
    <message>
        <source>their exact words in full</source>
        <translation type="unfinished">ich dokładne słowa, w całości</translation>
    </message>
    <message>
        <source>Their exact words, pasted in full, or a screenshot.</source>
        <translation type="unfinished">Dokładne słowa, wklejone w całości, albo zrzut ekranu.</translation>
    </message>
    <message>
        <source>Add the reference or case number they gave you, if there was one.</source>
        <translation type="unfinished">Dodaj numer sprawy lub zgłoszenia, jeśli go podano.</translation>
    </message>
    <message>
        <source>the reference number from your report</source>
        <translation type="unfinished">numer sprawy z twojego zgłoszenia</translation>
    </message>
    <message>
        <source>Only if you have reported it: who you told and any reference number.</source>
        <translation type="unfinished">Tylko jeśli to zgłoszono: komu i jaki jest numer sprawy.</translation>
    </message>
    <message>
        <source>Could still help, if you have it: {items}.</source>
        <translation type="unfinished">Może jeszcze pomóc, jeśli to masz: {items}.</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>The history</source>
        <translation type="unfinished">Historia</translation>
    </message>
    <message>
        <source>{where} is not a list of records.</source>
        <translation type="unfinished">{where} nie jest listą zapisów.</translation>
    </message>
    <message>
        <source>{where}, record {number}</source>
        <translation type="unfinished">{where}, zapis {number}</translation>
    </message>
    <message>
        <source>{what} is not a record.</source>
        <translation type="unfinished">{what} nie jest zapisem.</translation>
    </message>
    <message>
        <source>{what} is not in the form the app writes.</source>
        <translation type="unfinished">{what} nie ma formy, w jakiej zapisuje go aplikacja.</translation>
    </message>
    <message>
        <source>{what} holds fields the app never writes.</source>
        <translation type="unfinished">{what} zawiera pola, których aplikacja nigdy nie zapisuje.</translation>
    </message>
    <message>
        <source>{what} has number {number}, not {expected}: a record was removed, added or moved.</source>
        <translation type="unfinished">{what} ma numer {number}, a nie {expected}: zapis usunięto, dodano albo przeniesiono.</translation>
    </message>
    <message>
        <source>{what} does not follow the record before it (its link does not match): a record before it was changed, removed or moved.</source>
        <translation type="unfinished">{what} nie wynika z poprzedniego zapisu (jego powiązanie się nie zgadza): wcześniejszy zapis zmieniono, usunięto albo przeniesiono.</translation>
    </message>
    <message>
        <source>{what} is not the start of a history.</source>
        <translation type="unfinished">{what} nie jest początkiem historii.</translation>
    </message>
</context>
<context>
    <name>discreet</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished">&amp;Dalej</translation>
    </message>
    <message>
        <source>Open on a plain “Notes” page</source>
        <translation type="unfinished">Otwieraj na zwykłej stronie „Notatki”</translation>
    </message>
    <message>
        <source>Op&amp;en on a plain “Notes” page</source>
        <translation type="unfinished">Otwieraj na zwykłej stronie „&amp;Notatki”</translation>
    </message>
    <message>
        <source>When the app opens, it first shows an empty page called Notes with a Continue button, and nothing about what this app is for. Click Continue or press Enter to get here. The Quick exit keys work on that page too.</source>
        <translation type="unfinished">Po otwarciu aplikacja najpierw pokazuje pustą stronę „Notatki” z przyciskiem „Dalej” i nic o tym, do czego służy. Kliknij „Dalej” albo naciśnij Enter, żeby tu wrócić. Klawisze szybkiego wyjścia działają też na tamtej stronie.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>These notes are too large for one bundle. Please export them in parts (choose dates).</source>
        <translation type="unfinished">Te notatki są za duże na jedną paczkę. Wyeksportuj je w częściach (wybierz daty).</translation>
    </message>
    <message>
        <source>The export stopped because your notes were locked. Nothing was saved.</source>
        <translation type="unfinished">Eksport się zatrzymał, bo notatki zostały zablokowane. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Part of your notes file could not be read, so the export was stopped. Nothing was saved.</source>
        <translation type="unfinished">Nie udało się odczytać części pliku notatek, więc eksport przerwano. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>{message} Nothing was saved.</source>
        <translation type="unfinished">{message} Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The app is not allowed to save in that folder. Please choose another place.</source>
        <translation type="unfinished">Aplikacja nie może zapisywać w tym folderze. Wybierz inne miejsce.</translation>
    </message>
    <message>
        <source>There is not enough free space there. Nothing was saved.</source>
        <translation type="unfinished">Nie ma tam dość wolnego miejsca. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The export could not be saved there. Please check the drive and try again.</source>
        <translation type="unfinished">Nie udało się tam zapisać eksportu. Sprawdź dysk i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The journal&apos;s history is too long for a bundle the checker can read. Nothing was saved.</source>
        <translation type="unfinished">Historia dziennika jest za długa na paczkę, którą da się sprawdzić. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Please choose a file name, not a folder.</source>
        <translation type="unfinished">Wybierz nazwę pliku, nie folder.</translation>
    </message>
    <message>
        <source>That folder is not there any more. Please choose another place.</source>
        <translation type="unfinished">Tego folderu już nie ma. Wybierz inne miejsce.</translation>
    </message>
    <message>
        <source>That is your notes file. Please choose another name for the export.</source>
        <translation type="unfinished">To jest plik notatek. Wybierz inną nazwę dla eksportu.</translation>
    </message>
    <message>
        <source>The export could not be made. Nothing was saved.</source>
        <translation type="unfinished">Nie udało się zrobić eksportu. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished">Eksport przerwano. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The report needs the app&apos;s display part, which is not running.</source>
        <translation type="unfinished">Raport potrzebuje części aplikacji, która wyświetla, a ona nie działa.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished">Nie udało się zapisać raportu.</translation>
    </message>
    <message>
        <source>The start date is after the end date. Please check the dates.</source>
        <translation type="unfinished">Data początkowa jest po dacie końcowej. Sprawdź daty.</translation>
    </message>
    <message>
        <source>Some of the chosen notes are no longer there. Please choose again.</source>
        <translation type="unfinished">Części wybranych notatek już nie ma. Wybierz jeszcze raz.</translation>
    </message>
    <message>
        <source>Each report needs who it went to and a reference.</source>
        <translation type="unfinished">Każde zgłoszenie potrzebuje adresata i numeru.</translation>
    </message>
    <message>
        <source>Please give the date and time it happened, with its time zone.</source>
        <translation type="unfinished">Podaj datę i godzinę zdarzenia, ze strefą czasową.</translation>
    </message>
    <message>
        <source>Please choose what kind of thing happened.</source>
        <translation type="unfinished">Wybierz, co się stało.</translation>
    </message>
    <message>
        <source>The record of failed unlock attempts in your journal file was changed or removed. Someone may have tried to open your journal and tried to hide it.</source>
        <translation type="unfinished">Zapis nieudanych prób odblokowania w pliku dziennika został zmieniony albo usunięty. Możliwe, że ktoś próbował otworzyć dziennik i próbował to ukryć.</translation>
    </message>
    <message>
        <source>Someone tried to open your journal {count} time since you last used it</source>
        <translation type="unfinished">Ktoś próbował otworzyć dziennik od twojego ostatniego użycia (liczba prób: {count})</translation>
    </message>
    <message>
        <source>Someone tried to open your journal {count} times since you last used it</source>
        <translation type="unfinished">Ktoś próbował otworzyć dziennik od twojego ostatniego użycia (liczba prób: {count})</translation>
    </message>
    <message>
        <source>{line} (the last {count} are listed)</source>
        <translation type="unfinished">{line} (podano ostatnie: {count})</translation>
    </message>
    <message>
        <source>{line}: {times}.</source>
        <translation type="unfinished">{line}: {times}.</translation>
    </message>
    <message>
        <source>{line}.</source>
        <translation type="unfinished">{line}.</translation>
    </message>
    <message>
        <source>Something went wrong with your notes file.</source>
        <translation type="unfinished">Coś poszło nie tak z plikiem notatek.</translation>
    </message>
    <message>
        <source>That passphrase did not work. Check it and try again.</source>
        <translation type="unfinished">To hasło nie zadziałało. Sprawdź je i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Your notes file looks damaged or was changed outside the app, so it was not opened. If you have a backup, you can restore it.</source>
        <translation type="unfinished">Plik notatek wygląda na uszkodzony albo zmieniony poza aplikacją, więc go nie otwarto. Jeśli masz kopię zapasową, możesz ją przywrócić.</translation>
    </message>
    <message>
        <source>A notes file is already there. Nothing was replaced.</source>
        <translation type="unfinished">Plik notatek już tam jest. Niczego nie zastąpiono.</translation>
    </message>
    <message>
        <source>The notes file could not be found.</source>
        <translation type="unfinished">Nie znaleziono pliku notatek.</translation>
    </message>
    <message>
        <source>Your notes are locked. Unlock them to carry on.</source>
        <translation type="unfinished">Notatki są zablokowane. Odblokuj je, żeby kontynuować.</translation>
    </message>
    <message>
        <source>Your notes are open in another window. Close it and try again.</source>
        <translation type="unfinished">Notatki są otwarte w innym oknie. Zamknij je i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Your notes could not be saved or read. Check there is free space and try again.</source>
        <translation type="unfinished">Nie udało się zapisać ani odczytać notatek. Sprawdź, czy jest wolne miejsce, i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Please type a passphrase.</source>
        <translation type="unfinished">Wpisz hasło.</translation>
    </message>
    <message>
        <source>This file is too big to add.</source>
        <translation type="unfinished">Ten plik jest za duży, żeby go dodać.</translation>
    </message>
    <message>
        <source>Adding the file was stopped. Nothing was saved.</source>
        <translation type="unfinished">Dodawanie pliku przerwano. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>This note is missing something it needs.</source>
        <translation type="unfinished">W tej notatce brakuje czegoś potrzebnego.</translation>
    </message>
    <message>
        <source>That note or file is no longer there.</source>
        <translation type="unfinished">Tej notatki albo pliku już nie ma.</translation>
    </message>
    <message>
        <source>This notes file was made by a newer version of the app. Please update the app.</source>
        <translation type="unfinished">Ten plik notatek utworzyła nowsza wersja aplikacji. Zaktualizuj aplikację.</translation>
    </message>
    <message>
        <source>The folder for your notes cannot be written to (it is read-only, or this account may not change it). Nothing was changed.</source>
        <translation type="unfinished">Do folderu na notatki nie da się zapisywać (jest tylko do odczytu albo to konto nie może go zmieniać). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>There is not enough free space on the drive. Free some space and try again.</source>
        <translation type="unfinished">Na dysku nie ma dość wolnego miejsca. Zwolnij trochę miejsca i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>That backup file looks damaged, or it is not a backup made by this app, so nothing was restored. Your journal was not changed.</source>
        <translation type="unfinished">Ten plik kopii zapasowej wygląda na uszkodzony albo nie jest kopią utworzoną przez tę aplikację, więc niczego nie przywrócono. Dziennik się nie zmienił.</translation>
    </message>
    <message>
        <source>That file could not be found.</source>
        <translation type="unfinished">Nie znaleziono tego pliku.</translation>
    </message>
    <message>
        <source>That file could not be read.</source>
        <translation type="unfinished">Nie udało się odczytać tego pliku.</translation>
    </message>
    <message>
        <source>That file is already saved.</source>
        <translation type="unfinished">Ten plik jest już zapisany.</translation>
    </message>
    <message>
        <source>The folder for your notes could not be found.</source>
        <translation type="unfinished">Nie znaleziono folderu na notatki.</translation>
    </message>
    <message>
        <source>Choose a different place for the backup.</source>
        <translation type="unfinished">Wybierz inne miejsce na kopię zapasową.</translation>
    </message>
    <message>
        <source>That folder could not be found.</source>
        <translation type="unfinished">Nie znaleziono tego folderu.</translation>
    </message>
    <message>
        <source>The backup could not be written there. Check the drive and try again.</source>
        <translation type="unfinished">Nie udało się tam zapisać kopii zapasowej. Sprawdź dysk i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The backup file could not be found.</source>
        <translation type="unfinished">Nie znaleziono pliku kopii zapasowej.</translation>
    </message>
    <message>
        <source>There is not enough free space on this drive to restore that backup. Nothing was changed.</source>
        <translation type="unfinished">Na tym dysku nie ma dość wolnego miejsca, żeby przywrócić tę kopię zapasową. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The backup could not be read.</source>
        <translation type="unfinished">Nie udało się odczytać kopii zapasowej.</translation>
    </message>
    <message>
        <source>The backup file could not be read.</source>
        <translation type="unfinished">Nie udało się odczytać pliku kopii zapasowej.</translation>
    </message>
    <message>
        <source>Some files could not be removed ({count}). Close any other program that might be using them and try again, or delete this folder yourself:
{folder}</source>
        <translation type="unfinished">Nie udało się usunąć części plików ({count}). Zamknij inne programy, które mogą ich używać, i spróbuj jeszcze raz albo usuń ten folder samodzielnie:
{folder}</translation>
    </message>
    <message>
        <source>Everything this app kept on this computer has been removed.</source>
        <translation type="unfinished">Wszystko, co ta aplikacja przechowywała na tym komputerze, zostało usunięte.</translation>
    </message>
    <message>
        <source>Everything this app kept in its own folder has been removed. But {names} was only a link (shortcut) to a file outside that folder. The link is gone; the file it pointed to was not touched, because the app only deletes inside its own folder. If that file is yours to delete, delete it yourself:
{targets}</source>
        <translation type="unfinished">Wszystko, co ta aplikacja przechowywała we własnym folderze, zostało usunięte. Ale {names} było tylko skrótem do pliku poza tym folderem. Skrótu już nie ma; plik, na który wskazywał, pozostał nietknięty, bo aplikacja usuwa tylko we własnym folderze. Jeśli to twój plik do usunięcia, usuń go samodzielnie:
{targets}</translation>
    </message>
    <message>
        <source>{text}
The app will now close.</source>
        <translation type="unfinished">{text}
Aplikacja się teraz zamknie.</translation>
    </message>
    <message>
        <source>Nothing was removed: your journal is open in another window of this app. Close that window, or lock the journal there, then try again.</source>
        <translation type="unfinished">Niczego nie usunięto: dziennik jest otwarty w innym oknie tej aplikacji. Zamknij to okno albo zablokuj tam dziennik i spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>top left</source>
        <translation type="unfinished">w lewym górnym rogu</translation>
    </message>
    <message>
        <source>top right</source>
        <translation type="unfinished">w prawym górnym rogu</translation>
    </message>
    <message>
        <source>press {v0}</source>
        <translation type="unfinished">naciśnij {v0}</translation>
    </message>
    <message>
        <source>press Shift 3 times</source>
        <translation type="unfinished">naciśnij Shift 3 razy</translation>
    </message>
    <message>
        <source>click Quick exit ({v0})</source>
        <translation type="unfinished">kliknij Szybkie wyjście ({v0})</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> albo </translation>
    </message>
    <message>
        <source>To hide this app at once: </source>
        <translation type="unfinished">Aby od razu ukryć tę aplikację: </translation>
    </message>
</context>
<context>
    <name>guidance_page</name>
    <message>
        <source> (under 18)</source>
        <translation type="unfinished"> (poniżej 18 lat)</translation>
    </message>
    <message>
        <source> (18 or over)</source>
        <translation type="unfinished"> (18 lat lub więcej)</translation>
    </message>
    <message>
        <source>&lt;h3 id=&quot;who-to-call&quot;&gt;Who to call&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;{v0}&quot;&gt;Choose where you are&lt;/a&gt; to see the numbers for your area here, or see all &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3 id=&quot;who-to-call&quot;&gt;Do kogo zadzwonić&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;{v0}&quot;&gt;Wybierz, gdzie jesteś&lt;/a&gt;, żeby zobaczyć tu numery dla twojego miejsca, albo zobacz wszystkie &lt;a href=&quot;app:contacts&quot;&gt;Kontakty&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;More services: &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;Więcej usług: &lt;a href=&quot;app:contacts&quot;&gt;Kontakty&lt;/a&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This app has no numbers for this yet where you live. Contact your local police. More services: &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Ta aplikacja nie ma jeszcze numerów w tej sprawie dla twojego miejsca. Skontaktuj się z lokalną policją. Więcej usług: &lt;a href=&quot;app:contacts&quot;&gt;Kontakty&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> in {v0}</source>
        <translation type="unfinished"> ({v0})</translation>
    </message>
    <message>
        <source>&lt;h3 id=&quot;who-to-call&quot;&gt;Who to call{where}&lt;/h3&gt;{body}</source>
        <translation type="unfinished">&lt;h3 id=&quot;who-to-call&quot;&gt;Do kogo zadzwonić{where}&lt;/h3&gt;{body}</translation>
    </message>
</context>
<context>
    <name>handouts</name>
    <message>
        <source>For everyone</source>
        <translation type="unfinished">Dla każdego</translation>
    </message>
    <message>
        <source>If you are 18 or over</source>
        <translation type="unfinished">Jeśli masz 18 lat lub więcej</translation>
    </message>
    <message>
        <source>If you are under 18</source>
        <translation type="unfinished">Jeśli masz mniej niż 18 lat</translation>
    </message>
    <message>
        <source>As published by the services; last reviewed {v0}. </source>
        <translation type="unfinished">Zgodnie z informacjami usług; ostatnio sprawdzone {v0}. </translation>
    </message>
    <message>
        <source>Help and support: {v0}</source>
        <translation type="unfinished">Pomoc i wsparcie: {v0}</translation>
    </message>
    <message>
        <source>If a number does not work, look at the service&apos;s website.</source>
        <translation type="unfinished">Jeśli numer nie działa, zajrzyj na stronę usługi.</translation>
    </message>
    <message>
        <source> There are more services in this app, under Contacts.</source>
        <translation type="unfinished"> Więcej usług jest w tej aplikacji, w Kontaktach.</translation>
    </message>
    <message>
        <source>There are no other services for this choice.</source>
        <translation type="unfinished">Nie ma innych usług dla tego wyboru.</translation>
    </message>
</context>
<context>
    <name>help_first</name>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now? Call {v0}.&lt;/strong&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;Grozi ci niebezpieczeństwo? Zadzwoń pod {v0}.&lt;/strong&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now? Call your local emergency number&lt;/strong&gt;, or go to the nearest police station.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;Grozi ci niebezpieczeństwo? Zadzwoń pod lokalny numer alarmowy&lt;/strong&gt; albo idź na najbliższy posterunek policji.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished">; </translation>
    </message>
    <message>
        <source>{place}: &lt;strong&gt;{number}&lt;/strong&gt;</source>
        <translation type="unfinished">{place}: &lt;strong&gt;{number}&lt;/strong&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now?&lt;/strong&gt; Call the emergency number where you are: {parts}; anywhere else: your local number.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;Grozi ci niebezpieczeństwo?&lt;/strong&gt; Zadzwoń pod numer alarmowy tam, gdzie jesteś: {parts}; gdzie indziej: lokalny numer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cannot speak on the phone? On a mobile, call 999 and press &lt;strong&gt;55&lt;/strong&gt; when asked. Or see &lt;a href=&quot;{DEAF_ACCESS}&quot;&gt;police help for deaf or speech-impaired people&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Nie możesz mówić przez telefon? Z komórki zadzwoń pod 999 i naciśnij &lt;strong&gt;55&lt;/strong&gt;, gdy usłyszysz prośbę. Albo zobacz &lt;a href=&quot;{DEAF_ACCESS}&quot;&gt;pomoc policji dla osób głuchych i z trudnościami w mówieniu&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Showing help for: no place chosen</source>
        <translation type="unfinished">Pomoc dla: nie wybrano miejsca</translation>
    </message>
    <message>
        <source>Showing help for: {v0}</source>
        <translation type="unfinished">Pomoc dla: {v0}</translation>
    </message>
    <message>
        <source> (a guess from this computer’s settings)</source>
        <translation type="unfinished"> (na podstawie ustawień tego komputera)</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Where are you? &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Choose a place&lt;/a&gt; to see its numbers.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Gdzie jesteś? &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Wybierz miejsce&lt;/a&gt;, żeby zobaczyć jego numery.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Showing help for: {v0}{guess}. &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Change&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Pomoc dla: {v0}{guess}. &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Zmień&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished">Gdzie jesteś?</translation>
    </message>
</context>
<context>
    <name>icons</name>
    <message>
        <source>Leaf</source>
        <translation type="unfinished">Liść</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished">Kartka</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished">Koło</translation>
    </message>
</context>
<context>
    <name>journal_kept</name>
    <message>
        <source>To get back to it: in Settings, choose “I&apos;m looking for help for myself” under “Who is using this?”, or untick “Guest sessions”. The Journal area then shows your journal again.</source>
        <translation type="unfinished">Aby do niego wrócić: w Ustawieniach, w części „Kto tego używa?”, wybierz „Szukam pomocy dla siebie” albo odznacz „Sesje gościa”. Wtedy w części Dziennik znów będzie twój dziennik.</translation>
    </message>
    <message>
        <source>Switch on guest sessions?</source>
        <translation type="unfinished">Włączyć sesje gościa?</translation>
    </message>
    <message>
        <source>There is a personal journal on this computer.

“I&apos;m a support worker” switches on guest sessions: each visit is forgotten, and the Journal area shows a take-away journal instead of the journal on this computer.

Your journal is kept. Nothing in it is deleted or changed; it stays locked on this computer.</source>
        <translation type="unfinished">Na tym komputerze jest osobisty dziennik.

„Udzielam wsparcia zawodowo” włącza sesje gościa: każda wizyta jest zapominana, a w części Dziennik zamiast dziennika z tego komputera jest dziennik na wynos.

Twój dziennik zostaje. Nic w nim nie jest usuwane ani zmieniane; zostaje zamknięty na tym komputerze.</translation>
    </message>
    <message>
        <source>Switch on guest sessions</source>
        <translation type="unfinished">Włącz sesje gościa</translation>
    </message>
    <message>
        <source>Keep things as they are</source>
        <translation type="unfinished">Zostaw tak, jak jest</translation>
    </message>
    <message>
        <source>A personal journal exists on this computer. It is kept, locked and unchanged; it is not shown during guest sessions.</source>
        <translation type="unfinished">Na tym komputerze jest osobisty dziennik. Zostaje zamknięty i niezmieniony; w czasie sesji gościa nie jest pokazywany.</translation>
    </message>
</context>
<context>
    <name>journal_page</name>
    <message>
        <source>&lt;h2&gt;{text}&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;{text}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Working, please wait</source>
        <translation type="unfinished">Trwa praca, proszę czekać</translation>
    </message>
</context>
<context>
    <name>language_choice</name>
    <message>
        <source>The computer&apos;s language ({name})</source>
        <translation type="unfinished">Język komputera ({name})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Język</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished">Skopiowano ✓</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished">{items} i {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Support worker</source>
        <translation type="unfinished">Osoba udzielająca wsparcia</translation>
    </message>
    <message>
        <source>Guest session. Nothing from this visit is saved on this computer.</source>
        <translation type="unfinished">Sesja gościa. Nic z tej wizyty nie jest zapisywane na tym komputerze.</translation>
    </message>
    <message>
        <source>Guest session. A handout saved here is still on this computer (End session can delete it).</source>
        <translation type="unfinished">Sesja gościa. Zapisana tu ulotka nadal jest na tym komputerze („Zakończ sesję” może ją usunąć).</translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit. Ready for the next person.</source>
        <translation type="unfinished">Sesja zakończona. Aplikacja zapomniała tę wizytę. Gotowe dla następnej osoby.</translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit, and the saved handout is deleted. Ready for the next person.</source>
        <translation type="unfinished">Sesja zakończona. Aplikacja zapomniała tę wizytę, a zapisana ulotka jest usunięta. Gotowe dla następnej osoby.</translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit. The handout is still saved at: {where}</source>
        <translation type="unfinished">Sesja zakończona. Aplikacja zapomniała tę wizytę. Ulotka nadal jest zapisana tutaj: {where}</translation>
    </message>
    <message>
        <source>Session ended, but this handout was not deleted. Please check it and delete it yourself if it is the handout: {where}</source>
        <translation type="unfinished">Sesja zakończona, ale ta ulotka nie została usunięta. Sprawdź ją i usuń ręcznie, jeśli to ta ulotka: {where}</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished">Pokaż hasło</translation>
    </message>
    <message>
        <source>Shows the letters you type. Make sure nobody is looking.</source>
        <translation type="unfinished">Pokazuje litery, które wpisujesz. Upewnij się, że nikt nie patrzy.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished">Proszę czekać</translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished">Wybierz hasło.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished">Hasła nie są takie same. Wpisz je jeszcze raz.</translation>
    </message>
    <message>
        <source>This passphrase is rated “{v0}”. Anyone who gets a copy of the journal file could try passphrases like it very fast, and might guess it. {v1}</source>
        <translation type="unfinished">To hasło ma ocenę „{v0}”. Każdy, kto zdobędzie kopię pliku dziennika, może bardzo szybko sprawdzać podobne hasła i może je odgadnąć. {v1}</translation>
    </message>
    <message>
        <source>Use a weak passphrase?</source>
        <translation type="unfinished">Użyć słabego hasła?</translation>
    </message>
    <message>
        <source>

You can still use it. You can change it later under Change passphrase.</source>
        <translation type="unfinished">

Nadal możesz go użyć. Możesz je później zmienić w „Zmień hasło”.</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation type="unfinished">Użyj mimo to</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation type="unfinished">Wybierz inne</translation>
    </message>
    <message>
        <source>Making your backup…</source>
        <translation type="unfinished">Robienie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation type="unfinished">Nie zrobiono kopii zapasowej</translation>
    </message>
    <message>
        <source>The backup could not be written there.</source>
        <translation type="unfinished">Nie udało się tam zapisać kopii zapasowej.</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished">Kopia zapasowa zrobiona</translation>
    </message>
    <message>
        <source>Your backup is saved as “{v0}”. It is encrypted and opens only with your passphrase. Keep it somewhere safe, like a USB stick only you use.</source>
        <translation type="unfinished">Kopia zapasowa jest zapisana jako „{v0}”. Jest zaszyfrowana i otwiera się tylko twoim hasłem. Trzymaj ją w bezpiecznym miejscu, np. na pendrivie, którego używasz tylko ty.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there ({v0}). Please try another folder.</source>
        <translation type="unfinished">Nie udało się tam zapisać pliku PDF ({v0}). Spróbuj innego folderu.</translation>
    </message>
    <message>
        <source>the folder could not be used</source>
        <translation type="unfinished">nie udało się użyć folderu</translation>
    </message>
    <message>
        <source>Help and support: {region_label}</source>
        <translation type="unfinished">Pomoc i wsparcie: {region_label}</translation>
    </message>
    <message>
        <source>&lt;p&gt;There are no other contacts for this choice.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Nie ma innych kontaktów dla tego wyboru.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;Details as published by each service; last reviewed {reviewed}. Services can change: if a number does not work, look at the service&apos;s website.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p class=&apos;meta&apos;&gt;Dane zgodnie z informacjami każdej usługi; ostatnio sprawdzone {reviewed}. Usługi mogą się zmienić: jeśli numer nie działa, zajrzyj na stronę internetową usługi.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>the file is too large to show here</source>
        <translation type="unfinished">plik jest za duży, żeby go tu pokazać</translation>
    </message>
    <message>
        <source>the file could not be read as an image</source>
        <translation type="unfinished">nie udało się odczytać pliku jako zdjęcia</translation>
    </message>
    <message>
        <source>the image is too large to show here</source>
        <translation type="unfinished">zdjęcie jest za duże, żeby je tu pokazać</translation>
    </message>
    <message>
        <source>the image is damaged or in a form the app cannot show</source>
        <translation type="unfinished">zdjęcie jest uszkodzone albo w formacie, którego aplikacja nie pokazuje</translation>
    </message>
    <message>
        <source>the image could not be prepared for the page</source>
        <translation type="unfinished">nie udało się przygotować zdjęcia do strony</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">nie wiadomo</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished">od {first} do {last}</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished">brak wpisów</translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished">początku</translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished">końca</translation>
    </message>
    <message>
        <source>{span} (chosen: {start} to {end})</source>
        <translation type="unfinished">{span} (wybrano: od {start} do {end})</translation>
    </message>
    <message>
        <source>{span} (chosen entries only)</source>
        <translation type="unfinished">{span} (tylko wybrane wpisy)</translation>
    </message>
    <message>
        <source>{span} (every entry)</source>
        <translation type="unfinished">{span} (wszystkie wpisy)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished">Kto przygotował</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <source>Incidents dated</source>
        <translation type="unfinished">Daty zdarzeń</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished">Liczba wpisów</translation>
    </message>
    <message>
        <source>{total} in total; {included} included in this export</source>
        <translation type="unfinished">razem: {total}; w tym eksporcie: {included}</translation>
    </message>
    <message>
        <source>, {left_out} left out (listed by name and fingerprint only)</source>
        <translation type="unfinished">, pominięte: {left_out} (podane tylko nazwa i odcisk)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished">Załączone pliki</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation type="unfinished">Raport utworzono</translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished">Wersja aplikacji</translation>
    </message>
    <message>
        <source>Journal ID</source>
        <translation type="unfinished">ID dziennika</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Historia</translation>
    </message>
    <message>
        <source>Incident record</source>
        <translation type="unfinished">Zapis zdarzeń</translation>
    </message>
    <message>
        <source>Fingerprint of this export</source>
        <translation type="unfinished">Odcisk tego eksportu</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of &lt;b&gt;manifest.json&lt;/b&gt; (the list of every entry and file in this export, with their own fingerprints) is:</source>
        <translation type="unfinished">Odcisk SHA-256 pliku &lt;b&gt;manifest.json&lt;/b&gt; (to lista wszystkich wpisów i plików w tym eksporcie, z ich własnymi odciskami):</translation>
    </message>
    <message>
        <source>Anyone can check that the files in the ZIP have not been changed since this report was made. README.txt in the ZIP says how, with standard tools. If the files are changed, their fingerprints no longer match.</source>
        <translation type="unfinished">Każdy może sprawdzić, że pliki w archiwum ZIP nie zmieniły się od utworzenia tego raportu. Plik README.txt w archiwum ZIP mówi, jak to zrobić zwykłymi narzędziami. Jeśli pliki się zmienią, ich odciski nie będą się zgadzać.</translation>
    </message>
    <message>
        <source>The export is signed with the journal&apos;s own key, whose short fingerprint is the &lt;b&gt;Journal ID&lt;/b&gt; (the same on every export of this journal): the same journal made it, and nothing changed after signing. Not shown: when things happened, or that what was written is true.</source>
        <translation type="unfinished">Eksport jest podpisany własnym kluczem dziennika. Krótki odcisk tego klucza to &lt;b&gt;ID dziennika&lt;/b&gt; (ten sam w każdym eksporcie tego dziennika). Podpis pokazuje, że eksport utworzył ten sam dziennik i że po podpisaniu nic się nie zmieniło. Nie pokazuje, kiedy coś się stało ani że zapisane informacje są prawdziwe.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished">O tym raporcie</translation>
    </message>
    <message>
        <source>This report was saved on its own, without the ZIP bundle of original files. Each attached file&apos;s SHA-256 fingerprint is listed so the original can be checked later.</source>
        <translation type="unfinished">Ten raport zapisano osobno, bez archiwum ZIP z oryginalnymi plikami. Podano odcisk SHA-256 każdego załączonego pliku, żeby później można było sprawdzić oryginał.</translation>
    </message>
    <message>
        <source>A record of incidents, written down by the person they happened to (or someone helping them) at the time, with the files they saved.</source>
        <translation type="unfinished">Zapis zdarzeń, prowadzony na bieżąco przez osobę, której dotyczą (albo kogoś, kto jej pomaga), razem z zapisanymi plikami.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation type="unfinished">Jak czytać ten raport</translation>
    </message>
    <message>
        <source>Next comes a timeline of every entry, with a short extract of what happened, then a list of every account, number and web address in the entries. Then each entry follows in full, with the history of when it was written and changed, and its attached files. Times come from the clock of the computer the notes were kept on. A character that cannot be seen, or that changes the direction of the text around it, is shown as its code in brackets, such as [U+202E], wherever it was written.</source>
        <translation type="unfinished">Dalej jest oś czasu wszystkich wpisów, z krótkim fragmentem opisu. Potem lista wszystkich kont, numerów i adresów internetowych z wpisów. Potem każdy wpis w całości, z historią zapisania i zmian oraz z załączonymi plikami. Godziny pochodzą z zegara komputera, na którym prowadzono notatki. Znak, którego nie widać albo który zmienia kierunek tekstu wokół siebie, jest pokazany jako kod w nawiasach, np. [U+202E], wszędzie tam, gdzie go wpisano.</translation>
    </message>
    <message>
        <source>{count} linked records since {date} (custody.json)</source>
        <translation type="unfinished">Powiązane zapisy: {count}, od {date} (custody.json)</translation>
    </message>
    <message>
        <source>{count} linked records (custody.json)</source>
        <translation type="unfinished">Powiązane zapisy: {count} (custody.json)</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Rodzaj</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>Platform and account</source>
        <translation type="unfinished">Platforma i konto</translation>
    </message>
    <message>
        <source>Reported to, reference</source>
        <translation type="unfinished">Zgłoszono do, numer</translation>
    </message>
    <message>
        <source>(in full below)</source>
        <translation type="unfinished">(w całości niżej)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished">Konto</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Numer zgłoszenia</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished">(brak opisu)</translation>
    </message>
    <message>
        <source>{label} in entry {number}:</source>
        <translation type="unfinished">{label} we wpisie {number}:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Oś czasu</translation>
    </message>
    <message>
        <source>Every entry in this report, oldest first. Times are local time ({zone} when this report was made); each entry in full gives the exact time and time zone.</source>
        <translation type="unfinished">Wszystkie wpisy w tym raporcie, od najstarszego. Godziny to czas lokalny ({zone} w chwili tworzenia raportu). Przy każdym pełnym wpisie jest dokładna godzina i strefa czasowa.</translation>
    </message>
    <message>
        <source>No entries were chosen.</source>
        <translation type="unfinished">Nie wybrano żadnych wpisów.</translation>
    </message>
    <message>
        <source>Accounts, numbers and web addresses</source>
        <translation type="unfinished">Konta, numery i adresy internetowe</translation>
    </message>
    <message>
        <source>Each account, phone number, email address, web address and report reference written in these entries, listed once, with the numbers of the entries it appears in (as in the timeline). They are copied exactly as they were written down.</source>
        <translation type="unfinished">Każde konto, numer telefonu, adres e-mail, adres internetowy i numer zgłoszenia z tych wpisów. Każde jest podane raz, z numerami wpisów, w których występuje (jak na osi czasu). Są skopiowane dokładnie tak, jak je zapisano.</translation>
    </message>
    <message>
        <source>No accounts, numbers or web addresses were written in these entries.</source>
        <translation type="unfinished">W tych wpisach nie ma żadnych kont, numerów ani adresów internetowych.</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished">Zgłoszono do</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">Platforma</translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished">Tak, jak zapisano</translation>
    </message>
    <message>
        <source>In entries</source>
        <translation type="unfinished">We wpisach</translation>
    </message>
    <message>
        <source>(above)</source>
        <translation type="unfinished">(wyżej)</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation type="unfinished">numer {reference}</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished">Dodano plik</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation type="unfinished">Usunięto plik</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Kiedy to się stało</translation>
    </message>
    <message>
        <source>Platform or channel</source>
        <translation type="unfinished">Platforma lub kanał</translation>
    </message>
    <message>
        <source>Account involved</source>
        <translation type="unfinished">Konto, którego to dotyczy</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished">Link</translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished">Linki</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished">Czego żądali</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Tagi</translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation type="unfinished">ID wpisu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (in full):</source>
        <translation type="unfinished">&lt;b&gt;{label}&lt;/b&gt; (w całości):</translation>
    </message>
    <message>
        <source>(no description written)</source>
        <translation type="unfinished">(nie zapisano opisu)</translation>
    </message>
    <message>
        <source>Entry {number} of {count}: {when}</source>
        <translation type="unfinished">Wpis {number} z {count}: {when}</translation>
    </message>
    <message>
        <source>Emoji and symbols in this text, in words (they may not print or copy well):</source>
        <translation type="unfinished">Emoji i symbole w tym tekście, opisane słowami (mogą się źle drukować lub kopiować):</translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation type="unfinished">Historia tego wpisu</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation type="unfinished">Brak zapisanej historii.</translation>
    </message>
    <message>
        <source>Attached files ({count})</source>
        <translation type="unfinished">Załączone pliki ({count})</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation type="unfinished">Rozmiar: {size}</translation>
    </message>
    <message>
        <source>Added: {when}</source>
        <translation type="unfinished">Dodano: {when}</translation>
    </message>
    <message>
        <source>In the ZIP as: {name}</source>
        <translation type="unfinished">W archiwum ZIP jako: {name}</translation>
    </message>
    <message>
        <source>Not included: {reason}</source>
        <translation type="unfinished">Nie dołączono: {reason}</translation>
    </message>
    <message>
        <source>Picture: shown below (the original is {width} × {height} pixels)</source>
        <translation type="unfinished">Zdjęcie: poniżej (oryginał ma {width} × {height} pikseli)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished">Odcisk SHA-256:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This image could not be shown:&lt;/b&gt; {reason}. The original file is in the ZIP with SHA-256 {sha256}.</source>
        <translation type="unfinished">&lt;b&gt;Nie można pokazać tego zdjęcia:&lt;/b&gt; {reason}. Oryginalny plik jest w archiwum ZIP, SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This image could not be shown:&lt;/b&gt; {reason}. The original file is listed above with SHA-256 {sha256}.</source>
        <translation type="unfinished">&lt;b&gt;Nie można pokazać tego zdjęcia:&lt;/b&gt; {reason}. Oryginalny plik jest wymieniony wyżej, SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>Incident record, made {when}</source>
        <translation type="unfinished">Zapis zdarzeń, utworzono {when}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished">Strona {number} z {count}</translation>
    </message>
    <message>
        <source>attached files were left out of this export</source>
        <translation type="unfinished">załączone pliki pominięto w tym eksporcie</translation>
    </message>
    <message>
        <source>photos and videos were left out of this export</source>
        <translation type="unfinished">zdjęcia i filmy pominięto w tym eksporcie</translation>
    </message>
</context>
<context>
    <name>settings_page</name>
    <message>
        <source>Please choose one key.</source>
        <translation type="unfinished">Wybierz jeden klawisz.</translation>
    </message>
    <message>
        <source>Please choose a key, not only Shift, Ctrl or Alt.</source>
        <translation type="unfinished">Wybierz klawisz, nie tylko Shift, Ctrl lub Alt.</translation>
    </message>
    <message>
        <source>That key is used for typing. Choose a key like F12, or hold Ctrl or Alt with it.</source>
        <translation type="unfinished">Ten klawisz służy do pisania. Wybierz klawisz taki jak F12 albo przytrzymaj z nim Ctrl lub Alt.</translation>
    </message>
    <message>
        <source>Ctrl with that key is used for copy, paste and other everyday things. Please choose another.</source>
        <translation type="unfinished">Ctrl z tym klawiszem służy do kopiowania, wklejania i innych codziennych rzeczy. Wybierz inny.</translation>
    </message>
    <message>
        <source>Ctrl and a number already move between sections. Please choose another key.</source>
        <translation type="unfinished">Ctrl z cyfrą już przełącza sekcje. Wybierz inny klawisz.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Rodzaj</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">Platforma</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished">Pliki</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Wiadomość</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished">Groźba</translation>
    </message>
    <message>
        <source>Images shared</source>
        <translation type="unfinished">Pokazano zdjęcia</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished">Żądanie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Inne</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation type="unfinished">(jeszcze nic nie zapisano)</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <comment>%n file</comment>
        <translation type="unfinished">
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>it has no name</source>
        <translation type="unfinished">nie ma nazwy</translation>
    </message>
    <message>
        <source>its name is far too long</source>
        <translation type="unfinished">jego nazwa jest o wiele za długa</translation>
    </message>
    <message>
        <source>its name holds control, invisible or direction-changing characters</source>
        <translation type="unfinished">jego nazwa zawiera znaki sterujące, niewidoczne albo zmieniające kierunek tekstu</translation>
    </message>
    <message>
        <source>its name holds a backslash (a folder separator on Windows)</source>
        <translation type="unfinished">jego nazwa zawiera ukośnik wsteczny (separator folderów w Windows)</translation>
    </message>
    <message>
        <source>its name is an absolute path or holds a colon</source>
        <translation type="unfinished">jego nazwa jest ścieżką bezwzględną albo zawiera dwukropek</translation>
    </message>
    <message>
        <source>it is nested in far too many folders</source>
        <translation type="unfinished">jest zagnieżdżony w o wiele za wielu folderach</translation>
    </message>
    <message>
        <source>its name climbs out of the folder or has an empty part</source>
        <translation type="unfinished">jego nazwa wychodzi poza folder albo ma pustą część</translation>
    </message>
    <message>
        <source>its name ends in a dot or a space (Windows would drop them)</source>
        <translation type="unfinished">jego nazwa kończy się kropką albo spacją (Windows by je pominął)</translation>
    </message>
    <message>
        <source>its name is reserved on Windows</source>
        <translation type="unfinished">jego nazwa jest zarezerwowana w Windows</translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name, which was not opened ({why}): {name}.</source>
        <translation type="unfinished">Paczka zawiera plik o niebezpiecznej nazwie, którego nie otwarto ({why}): {name}.</translation>
    </message>
    <message>
        <source>The name {name} appears {count} times in the bundle, so it is not clear which one is meant. None of them was opened.</source>
        <translation type="unfinished">Nazwa {name} występuje w paczce tyle razy: {count}, więc nie wiadomo, o który plik chodzi. Żadnego nie otwarto.</translation>
    </message>
    <message>
        <source>These names would be the same file on Windows or macOS (capital letters, accents or a trailing dot or space): {names}. None of them was opened.</source>
        <translation type="unfinished">Na Windows albo macOS te nazwy oznaczałyby ten sam plik (wielkie litery, akcenty albo kropka lub spacja na końcu): {names}. Żadnego nie otwarto.</translation>
    </message>
    <message>
        <source>It is not a file: it is a device, a pipe or another special file, so it was not read.</source>
        <translation type="unfinished">To nie jest plik: to urządzenie, potok albo inny plik specjalny, więc go nie odczytano.</translation>
    </message>
    <message>
        <source>The ZIP holds bytes that are not one of the files in its list ({where}). Other ZIP programs could show different files from those bytes (a second report.pdf, say), so the bundle was not checked.</source>
        <translation type="unfinished">ZIP zawiera bajty, które nie należą do żadnego pliku z jego listy ({where}). Inne programy ZIP mogłyby pokazać z nich inne pliki (np. drugi report.pdf), więc paczki nie sprawdzono.</translation>
    </message>
    <message>
        <source>It is not a ZIP file, or it is too damaged to open.</source>
        <translation type="unfinished">To nie jest plik ZIP albo jest zbyt uszkodzony, żeby go otworzyć.</translation>
    </message>
    <message>
        <source>its ZIP64 end record is not where it says</source>
        <translation type="unfinished">jego rekord końcowy ZIP64 nie jest tam, gdzie wskazuje</translation>
    </message>
    <message>
        <source>It says it holds {count:,} files, far too many to be an evidence bundle (at most {limit:,}). It was not opened.</source>
        <translation type="unfinished">Podaje, że ma {count:,} plików, o wiele za dużo jak na paczkę dowodów (najwyżej {limit:,}). Nie otwarto go.</translation>
    </message>
    <message>
        <source>Its list of files is far larger than an evidence bundle&apos;s could be. It was not opened.</source>
        <translation type="unfinished">Jego lista plików jest o wiele większa, niż może mieć paczka dowodów. Nie otwarto go.</translation>
    </message>
    <message>
        <source>It holds more than {limit:,} files, far too many to be an evidence bundle. It was not opened.</source>
        <translation type="unfinished">Zawiera ponad {limit:,} plików, o wiele za dużo jak na paczkę dowodów. Nie otwarto go.</translation>
    </message>
    <message>
        <source>after its end: a comment or extra bytes</source>
        <translation type="unfinished">za jego końcem: komentarz albo dodatkowe bajty</translation>
    </message>
    <message>
        <source>inside its list of files</source>
        <translation type="unfinished">wewnątrz jego listy plików</translation>
    </message>
    <message>
        <source>before its first file: another ZIP or other data in front</source>
        <translation type="unfinished">przed pierwszym plikiem: inny ZIP albo inne dane z przodu</translation>
    </message>
    <message>
        <source>a file in its list is on another disk</source>
        <translation type="unfinished">plik z jego listy jest na innym dysku</translation>
    </message>
    <message>
        <source>a file in its list has no header where the list says</source>
        <translation type="unfinished">plik z jego listy nie ma nagłówka tam, gdzie wskazuje lista</translation>
    </message>
    <message>
        <source>a file&apos;s own header does not match its line in the list of files</source>
        <translation type="unfinished">własny nagłówek pliku nie zgadza się z jego linią na liście plików</translation>
    </message>
    <message>
        <source>a file&apos;s own header gives other sizes than the list of files</source>
        <translation type="unfinished">własny nagłówek pliku podaje inne rozmiary niż lista plików</translation>
    </message>
    <message>
        <source>a stored file whose length only its list of files gives</source>
        <translation type="unfinished">zapisany plik, którego długość podaje tylko lista plików</translation>
    </message>
    <message>
        <source>before its first file</source>
        <translation type="unfinished">przed pierwszym plikiem</translation>
    </message>
    <message>
        <source>between two of its files</source>
        <translation type="unfinished">między dwoma jego plikami</translation>
    </message>
    <message>
        <source>where two of its files overlap</source>
        <translation type="unfinished">tam, gdzie dwa jego pliki na siebie nachodzą</translation>
    </message>
    <message>
        <source>between its last file and its list of files</source>
        <translation type="unfinished">między ostatnim plikiem a listą plików</translation>
    </message>
    <message>
        <source>where its last file runs into its list of files</source>
        <translation type="unfinished">tam, gdzie ostatni plik nachodzi na listę plików</translation>
    </message>
    <message>
        <source>a file&apos;s data descriptor does not match its line in the list of files</source>
        <translation type="unfinished">opis danych pliku nie zgadza się z jego linią na liście plików</translation>
    </message>
    <message>
        <source>Its list of files holds a name that is not valid text (UTF-8), which the app never writes. It was not opened.</source>
        <translation type="unfinished">Jego lista plików zawiera nazwę, która nie jest poprawnym tekstem (UTF-8), a takich aplikacja nigdy nie zapisuje. Nie otwarto go.</translation>
    </message>
    <message>
        <source>It holds far too many files to be an evidence bundle.</source>
        <translation type="unfinished">Zawiera o wiele za dużo plików jak na paczkę dowodów.</translation>
    </message>
    <message>
        <source>The bundle holds a link to another file, which was not followed: {name}.</source>
        <translation type="unfinished">Paczka zawiera odnośnik do innego pliku, którego nie otwarto: {name}.</translation>
    </message>
    <message>
        <source>{name} is password-protected, so it cannot be checked.</source>
        <translation type="unfinished">Plik {name} jest chroniony hasłem, więc nie da się go sprawdzić.</translation>
    </message>
    <message>
        <source>The bundle holds a folder that no fingerprint covers: {name}.</source>
        <translation type="unfinished">Paczka zawiera folder, którego nie obejmuje żaden odcisk: {name}.</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation type="unfinished">jest ucięty</translation>
    </message>
    <message>
        <source>bytes are hidden after the end of its compressed data</source>
        <translation type="unfinished">za końcem jego skompresowanych danych są ukryte bajty</translation>
    </message>
    <message>
        <source>it holds more than its declared size</source>
        <translation type="unfinished">zawiera więcej, niż wynosi jego podany rozmiar</translation>
    </message>
    <message>
        <source>its compressed data is broken</source>
        <translation type="unfinished">jego skompresowane dane są uszkodzone</translation>
    </message>
    <message>
        <source>The folder holds a link to another file, which was not followed: {name}.</source>
        <translation type="unfinished">Folder zawiera odnośnik do innego pliku, którego nie otwarto: {name}.</translation>
    </message>
    <message>
        <source>The folder holds something that is not a file (a device or a pipe), which was not opened: {name}.</source>
        <translation type="unfinished">Folder zawiera coś, co nie jest plikiem (urządzenie albo potok), i tego nie otwarto: {name}.</translation>
    </message>
    <message>
        <source>The folder holds far too many files to be an evidence bundle.</source>
        <translation type="unfinished">Folder zawiera o wiele za dużo plików jak na paczkę dowodów.</translation>
    </message>
    <message>
        <source>it is not a plain file any more</source>
        <translation type="unfinished">to już nie jest zwykły plik</translation>
    </message>
    <message>
        <source>{name} is far larger than it should be (over {size} MiB), so the bundle was not checked further.</source>
        <translation type="unfinished">Plik {name} jest o wiele większy, niż powinien (ponad {size} MiB), więc dalej paczki nie sprawdzano.</translation>
    </message>
    <message>
        <source>{name} is damaged inside the bundle and cannot be read ({why}).</source>
        <translation type="unfinished">Plik {name} jest uszkodzony w paczce i nie da się go odczytać ({why}).</translation>
    </message>
    <message>
        <source>it is packed in a way this checker does not read</source>
        <translation type="unfinished">jest spakowany w sposób, którego ten program nie odczytuje</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation type="unfinished">jest zaszyfrowany</translation>
    </message>
    <message>
        <source>the drive could not be read</source>
        <translation type="unfinished">nie udało się odczytać dysku</translation>
    </message>
    <message>
        <source>There is no file or folder there.</source>
        <translation type="unfinished">Nie ma tam pliku ani folderu.</translation>
    </message>
    <message>
        <source>The app is not allowed to read it.</source>
        <translation type="unfinished">Aplikacja nie ma pozwolenia, żeby to odczytać.</translation>
    </message>
    <message>
        <source>That is not a path this computer can open.</source>
        <translation type="unfinished">Tej ścieżki nie da się otworzyć na tym komputerze.</translation>
    </message>
    <message>
        <source>The file could not be read. Check the drive and try again.</source>
        <translation type="unfinished">Nie udało się odczytać pliku. Sprawdź dysk i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>{name} is not a public key the app writes, so the signature cannot be checked.</source>
        <translation type="unfinished">{name} nie jest kluczem publicznym, jaki zapisuje aplikacja, więc nie da się sprawdzić podpisu.</translation>
    </message>
    <message>
        <source>{name} is not an Ed25519 key, so it is not one the app writes.</source>
        <translation type="unfinished">{name} nie jest kluczem Ed25519, więc nie zapisała go aplikacja.</translation>
    </message>
    <message>
        <source>{name} is not a signature the app writes (it should be exactly {size}).</source>
        <translation type="unfinished">{name} nie jest podpisem, jaki zapisuje aplikacja (powinien mieć dokładnie {size}).</translation>
    </message>
    <message>
        <source>The signature does not match: SHA256SUMS, its signature or the key was changed after the bundle was made.</source>
        <translation type="unfinished">Podpis się nie zgadza: SHA256SUMS, jego podpis albo klucz zmieniono po utworzeniu paczki.</translation>
    </message>
    <message>
        <source>{name} holds far more values than a custody log could, so it was not read.</source>
        <translation type="unfinished">{name} zawiera o wiele więcej wartości, niż może mieć dziennik zdarzeń, więc go nie odczytano.</translation>
    </message>
    <message>
        <source>{name} is damaged (it is not readable JSON).</source>
        <translation type="unfinished">{name} jest uszkodzony (to nie jest czytelny JSON).</translation>
    </message>
    <message>
        <source>{name} holds values a custody log cannot hold.</source>
        <translation type="unfinished">{name} zawiera wartości, których dziennik zdarzeń nie może mieć.</translation>
    </message>
    <message>
        <source>{name} is not a custody log the app writes.</source>
        <translation type="unfinished">{name} nie jest dziennikiem zdarzeń, jaki zapisuje aplikacja.</translation>
    </message>
    <message>
        <source>{name} does not agree with itself (its count or last hash).</source>
        <translation type="unfinished">{name} nie zgadza się sam ze sobą (liczba zapisów albo ostatni skrót).</translation>
    </message>
    <message>
        <source>{name} hides the details of its first record, which names the journal.</source>
        <translation type="unfinished">{name} ukrywa szczegóły pierwszego zapisu, który wskazuje dziennik.</translation>
    </message>
    <message>
        <source>{name} belongs to another journal than the key that signed the bundle.</source>
        <translation type="unfinished">{name} należy do innego dziennika niż klucz, którym podpisano paczkę.</translation>
    </message>
    <message>
        <source>manifest.json and {name} do not agree on the history (its length or last record): a record was added, removed or changed.</source>
        <translation type="unfinished">manifest.json i {name} nie zgadzają się co do historii (jej długości albo ostatniego zapisu): zapis dodano, usunięto albo zmieniono.</translation>
    </message>
    <message>
        <source>manifest.json names another journal than the key that signed the bundle.</source>
        <translation type="unfinished">manifest.json wskazuje inny dziennik niż klucz, którym podpisano paczkę.</translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json is missing fields the history&apos;s content hash covers.</source>
        <translation type="unfinished">We wpisie {entry} w manifest.json brakuje pól, które obejmuje skrót treści z historii.</translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json does not match its own content hash: it was changed.</source>
        <translation type="unfinished">Wpis {entry} w manifest.json nie zgadza się z własnym skrótem treści: został zmieniony.</translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json is not what the history says it was when last saved.</source>
        <translation type="unfinished">Wpis {entry} w manifest.json nie jest taki, jak według historii przy ostatnim zapisie.</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished">1 plik</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation type="unfinished">pliki: {count}</translation>
    </message>
    <message>
        <source>{name} could not be checked.</source>
        <translation type="unfinished">Nie udało się sprawdzić: {name}.</translation>
    </message>
    <message>
        <source>{name}: DOES NOT MATCH. 1 problem found:</source>
        <translation type="unfinished">{name}: NIE ZGADZA SIĘ. Znaleziono 1 problem:</translation>
    </message>
    <message>
        <source>{name}: DOES NOT MATCH. {count} problems found:</source>
        <translation type="unfinished">{name}: NIE ZGADZA SIĘ. Znalezione problemy: {count}</translation>
    </message>
    <message>
        <source>{files} matched.</source>
        <translation type="unfinished">Zgodne {files}.</translation>
    </message>
    <message>
        <source>{name}: OLDER FORMAT, PARTLY CHECKED. The report is not covered.</source>
        <translation type="unfinished">{name}: STARSZY FORMAT, SPRAWDZONO CZĘŚCIOWO. Raport nie jest objęty.</translation>
    </message>
    <message>
        <source>This bundle was made by an older version of the app. Its fingerprint (the SHA-256 of manifest.json, on the cover of report.pdf) covers manifest.json and the files it lists: all {files} match.</source>
        <translation type="unfinished">Tę paczkę utworzyła starsza wersja aplikacji. Jej odcisk (SHA-256 pliku manifest.json, na pierwszej stronie report.pdf) obejmuje manifest.json i wymienione w nim pliki: wszystkie się zgadzają ({files}).</translation>
    </message>
    <message>
        <source>report.pdf and README.txt are NOT covered by that fingerprint: they could have been changed or replaced without it showing. Compare the report with manifest.json before relying on it.</source>
        <translation type="unfinished">Ten odcisk NIE obejmuje plików report.pdf i README.txt: mogły zostać zmienione albo podmienione i nie będzie tego widać. Porównaj raport z manifest.json, zanim na nim polegasz.</translation>
    </message>
    <message>
        <source>{name}: everything matches its fingerprint list.</source>
        <translation type="unfinished">{name}: wszystko zgadza się z listą odcisków.</translation>
    </message>
    <message>
        <source>All {files} listed in SHA256SUMS match it; none is missing and the bundle holds nothing else.</source>
        <translation type="unfinished">Wszystkie pliki z SHA256SUMS się zgadzają ({files}); żadnego nie brakuje i w paczce nie ma nic więcej.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished">1 wpis</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished">wpisy: {count}</translation>
    </message>
    <message>
        <source>It holds {entries}, made {when}.</source>
        <translation type="unfinished">Zawiera {entries}, utworzona {when}.</translation>
    </message>
    <message>
        <source>It holds {entries}.</source>
        <translation type="unfinished">Zawiera {entries}.</translation>
    </message>
    <message>
        <source>Fingerprint of this bundle (SHA-256 of SHA256SUMS):</source>
        <translation type="unfinished">Odcisk tej paczki (SHA-256 pliku SHA256SUMS):</translation>
    </message>
    <message>
        <source>Fingerprint of this bundle (SHA-256 of manifest.json):</source>
        <translation type="unfinished">Odcisk tej paczki (SHA-256 pliku manifest.json):</translation>
    </message>
    <message>
        <source>It is the fingerprint you gave.</source>
        <translation type="unfinished">To podany przez ciebie odcisk.</translation>
    </message>
    <message>
        <source>Compare it with the one on the cover page and the one noted when the bundle was made.</source>
        <translation type="unfinished">Porównaj go z odciskiem na pierwszej stronie i z zapisanym przy tworzeniu paczki.</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint noted when the bundle was made. If they differ, something in the bundle was changed, added or removed since.</source>
        <translation type="unfinished">Porównaj go z odciskiem zapisanym przy tworzeniu paczki. Jeśli się różnią, coś w paczce zmieniono, dodano albo usunięto.</translation>
    </message>
    <message>
        <source>Fingerprint of manifest.json (printed on the cover of report.pdf): {sha256}</source>
        <translation type="unfinished">Odcisk manifest.json (wydrukowany na pierwszej stronie report.pdf): {sha256}</translation>
    </message>
    <message>
        <source>This bundle is not signed (it was made by an older version of the app): only its fingerprint can show it is unchanged.</source>
        <translation type="unfinished">Ta paczka nie jest podpisana (utworzyła ją starsza wersja aplikacji): tylko jej odcisk może pokazać, że się nie zmieniła.</translation>
    </message>
    <message>
        <source>Journal ID of the key in the bundle: {journal_id}</source>
        <translation type="unfinished">ID dziennika klucza w paczce: {journal_id}</translation>
    </message>
    <message>
        <source>The journal&apos;s signature over SHA256SUMS is good.</source>
        <translation type="unfinished">Podpis dziennika pod SHA256SUMS jest prawidłowy.</translation>
    </message>
    <message>
        <source>Its custody log (custody.json) holds {count} linked records; none is missing, changed or out of order.</source>
        <translation type="unfinished">Jej dziennik zdarzeń (custody.json) ma powiązane zapisy: {count}; żadnego nie brakuje, żaden nie jest zmieniony ani w złej kolejności.</translation>
    </message>
    <message>
        <source>It is the journal ID you gave: the same journal made this bundle, and nothing in it changed after it was signed.</source>
        <translation type="unfinished">To podane przez ciebie ID dziennika: tę paczkę utworzył ten sam dziennik i nic się w niej nie zmieniło po podpisaniu.</translation>
    </message>
    <message>
        <source>Compare the journal ID with one noted from the app or an earlier export. A good signature only proves something once the key is known to be the journal&apos;s.</source>
        <translation type="unfinished">Porównaj ID dziennika z zapisanym w aplikacji albo przy wcześniejszym eksporcie. Dobry podpis czegoś dowodzi dopiero wtedy, gdy wiadomo, że klucz należy do dziennika.</translation>
    </message>
    <message>
        <source>manifest.json holds far more values than an evidence bundle&apos;s could (over {limit:,}), so the bundle was not checked further.</source>
        <translation type="unfinished">manifest.json zawiera o wiele więcej wartości, niż może mieć paczka dowodów (ponad {limit:,}), więc dalej jej nie sprawdzano.</translation>
    </message>
    <message>
        <source>manifest.json is damaged (it is not readable JSON).</source>
        <translation type="unfinished">manifest.json jest uszkodzony (to nie jest czytelny JSON).</translation>
    </message>
    <message>
        <source>manifest.json is nested far too deeply to be an evidence bundle&apos;s.</source>
        <translation type="unfinished">manifest.json jest zagnieżdżony o wiele za głęboko jak na paczkę dowodów.</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of an evidence bundle made by this app.</source>
        <translation type="unfinished">manifest.json nie jest spisem paczki dowodów utworzonej przez tę aplikację.</translation>
    </message>
    <message>
        <source>manifest.json lists {name} twice.</source>
        <translation type="unfinished">manifest.json wymienia {name} dwa razy.</translation>
    </message>
    <message>
        <source>entry {entry}, attached file {file}</source>
        <translation type="unfinished">wpis {entry}, załączony plik {file}</translation>
    </message>
    <message>
        <source>manifest.json says {what} is included, but its list of files does not hold it.</source>
        <translation type="unfinished">manifest.json mówi, że {what} jest dołączony, ale nie ma go na liście plików.</translation>
    </message>
    <message>
        <source>manifest.json gives two different fingerprints or sizes for {name}.</source>
        <translation type="unfinished">manifest.json podaje dwa różne odciski albo rozmiary pliku {name}.</translation>
    </message>
    <message>
        <source>manifest.json says {what} was left out, yet gives it a path in the bundle.</source>
        <translation type="unfinished">manifest.json mówi, że {what} pominięto, a jednak podaje jego ścieżkę w paczce.</translation>
    </message>
    <message>
        <source>SHA256SUMS is damaged (it is not plain text).</source>
        <translation type="unfinished">SHA256SUMS jest uszkodzony (to nie jest zwykły tekst).</translation>
    </message>
    <message>
        <source>SHA256SUMS does not end with a line break, so it is not in the form the app writes.</source>
        <translation type="unfinished">SHA256SUMS nie kończy się znakiem nowej linii, więc nie ma formy, w jakiej zapisuje go aplikacja.</translation>
    </message>
    <message>
        <source>Line {line} of SHA256SUMS is not in the form the app writes.</source>
        <translation type="unfinished">Linia {line} pliku SHA256SUMS nie ma formy, w jakiej zapisuje ją aplikacja.</translation>
    </message>
    <message>
        <source>Line {line} of SHA256SUMS names a file that cannot be in a bundle because {why}: {name}.</source>
        <translation type="unfinished">Linia {line} pliku SHA256SUMS wymienia plik, którego nie może być w paczce, bo {why}: {name}.</translation>
    </message>
    <message>
        <source>SHA256SUMS lists {name} twice.</source>
        <translation type="unfinished">SHA256SUMS wymienia {name} dwa razy.</translation>
    </message>
    <message>
        <source>The fingerprint you gave is not 64 characters 0-9 and a-f (spaces are fine).</source>
        <translation type="unfinished">Podany odcisk nie ma 64 znaków 0-9 i a-f (spacje mogą być).</translation>
    </message>
    <message>
        <source>The journal ID you gave is not 24 characters 0-9 and a-f (spaces are fine).</source>
        <translation type="unfinished">Podane ID dziennika nie ma 24 znaków 0-9 i a-f (spacje mogą być).</translation>
    </message>
    <message>
        <source>The bundle&apos;s fingerprint is not the one you gave ({fingerprint}): something in it was changed, added or removed after it was made.</source>
        <translation type="unfinished">Odcisk paczki nie jest tym, który podajesz ({fingerprint}): coś w niej zmieniono, dodano albo usunięto po jej utworzeniu.</translation>
    </message>
    <message>
        <source>The bundle is too large to check on this computer.</source>
        <translation type="unfinished">Paczka jest za duża, żeby sprawdzić ją na tym komputerze.</translation>
    </message>
    <message>
        <source>The bundle could not be read ({why}). It may be damaged.</source>
        <translation type="unfinished">Nie udało się odczytać paczki ({why}). Może być uszkodzona.</translation>
    </message>
    <message>
        <source>This bundle is not signed (it was made by an older version of the app), so the journal ID you gave cannot be checked. Check it with its fingerprint instead.</source>
        <translation type="unfinished">Ta paczka nie jest podpisana (utworzyła ją starsza wersja aplikacji), więc nie da się sprawdzić podanego ID dziennika. Sprawdź ją zamiast tego jej odciskiem.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signing key could not be read, so the journal ID you gave cannot be checked.</source>
        <translation type="unfinished">Nie udało się odczytać klucza, którym podpisano paczkę, więc nie da się sprawdzić podanego ID dziennika.</translation>
    </message>
    <message>
        <source>The bundle was signed by another journal (ID {journal_id}), not the one you gave ({expected}).</source>
        <translation type="unfinished">Paczkę podpisał inny dziennik (ID {journal_id}), nie ten podany przez ciebie ({expected}).</translation>
    </message>
    <message>
        <source>The journal ID is the one you gave, but the signature does not match, so it proves nothing.</source>
        <translation type="unfinished">ID dziennika jest takie, jak podane, ale podpis się nie zgadza, więc niczego nie dowodzi.</translation>
    </message>
    <message>
        <source>There is no usable manifest.json in it, so it is not a complete evidence bundle.</source>
        <translation type="unfinished">Nie ma w niej użytecznego pliku manifest.json, więc nie jest to pełna paczka dowodów.</translation>
    </message>
    <message>
        <source>manifest.json says the bundle was made in a format this version of the app does not know. Use a newer version to check it.</source>
        <translation type="unfinished">manifest.json mówi, że paczkę utworzono w formacie, którego ta wersja aplikacji nie zna. Sprawdź ją nowszą wersją.</translation>
    </message>
    <message>
        <source>manifest.json is not in the expected form ({detail}), so the bundle cannot be checked.</source>
        <translation type="unfinished">manifest.json nie ma oczekiwanej formy ({detail}), więc nie da się sprawdzić paczki.</translation>
    </message>
    <message>
        <source>{name} was not checked, because its name is unsafe or clashes with another (see above).</source>
        <translation type="unfinished">Pliku {name} nie sprawdzono, bo jego nazwa jest niebezpieczna albo koliduje z inną (patrz wyżej).</translation>
    </message>
    <message>
        <source>{name} is missing from the bundle.</source>
        <translation type="unfinished">W paczce brakuje pliku {name}.</translation>
    </message>
    <message>
        <source>{name} has been changed: it is larger than it should be.</source>
        <translation type="unfinished">Plik {name} został zmieniony: jest większy, niż powinien.</translation>
    </message>
    <message>
        <source>{name} has been changed: it is {size}, but should be {expected}.</source>
        <translation type="unfinished">Plik {name} został zmieniony: ma {size}, a powinien mieć {expected}.</translation>
    </message>
    <message>
        <source>{name} has been changed: its SHA-256 fingerprint does not match.</source>
        <translation type="unfinished">Plik {name} został zmieniony: jego odcisk SHA-256 się nie zgadza.</translation>
    </message>
    <message>
        <source>{name} is an extra file: the bundle&apos;s fingerprint does not cover it.</source>
        <translation type="unfinished">{name} to dodatkowy plik: odcisk paczki go nie obejmuje.</translation>
    </message>
    <message>
        <source>There is no usable SHA256SUMS in it. That file is the bundle&apos;s seal: without it nothing can be checked.</source>
        <translation type="unfinished">Nie ma w niej użytecznego pliku SHA256SUMS. Ten plik to pieczęć paczki: bez niego nic nie da się sprawdzić.</translation>
    </message>
    <message>
        <source>SHA256SUMS lists itself or its signature, which the app never does.</source>
        <translation type="unfinished">SHA256SUMS wymienia sam siebie albo swój podpis, czego aplikacja nigdy nie robi.</translation>
    </message>
    <message>
        <source>{name} is not covered by the fingerprint: SHA256SUMS does not list it.</source>
        <translation type="unfinished">Odcisk nie obejmuje pliku {name}: SHA256SUMS go nie wymienia.</translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but not in manifest.json, so it was not part of the export.</source>
        <translation type="unfinished">{name} jest w SHA256SUMS, ale nie w manifest.json, więc nie był częścią eksportu.</translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but is not a file the app puts in a bundle.</source>
        <translation type="unfinished">{name} jest w SHA256SUMS, ale aplikacja nie wkłada takiego pliku do paczki.</translation>
    </message>
    <message>
        <source>{name} is listed in manifest.json but not in SHA256SUMS.</source>
        <translation type="unfinished">{name} jest w manifest.json, ale nie w SHA256SUMS.</translation>
    </message>
    <message>
        <source>{name} has different fingerprints in manifest.json and SHA256SUMS.</source>
        <translation type="unfinished">{name} ma różne odciski w manifest.json i w SHA256SUMS.</translation>
    </message>
    <message>
        <source>{absent} Without it the bundle&apos;s signature cannot be checked.</source>
        <translation type="unfinished">{absent} Bez niego nie da się sprawdzić podpisu paczki.</translation>
    </message>
    <message>
        <source>{name} does not match its line in SHA256SUMS: it was changed.</source>
        <translation type="unfinished">{name} nie zgadza się ze swoją linią w SHA256SUMS: został zmieniony.</translation>
    </message>
</context>
</TS>
