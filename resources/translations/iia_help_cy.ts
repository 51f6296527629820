<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this app</source>
        <translation type="unfinished">Am yr ap hwn</translation>
    </message>
    <message>
        <source>&lt;h2&gt;About this app&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Am yr ap hwn&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This app helps people facing intimate image abuse: when intimate pictures are shared, or someone threatens to share them. It has plain guidance, services who can help, and a private journal locked with a passphrase.</source>
        <translation type="unfinished">Mae’r ap hwn yn helpu pobl sy’n wynebu cam-drin delweddau personol: pan fydd lluniau personol yn cael eu rhannu, neu pan fydd rhywun yn bygwth eu rhannu. Mae ganddo gyngor syml, gwasanaethau sy’n gallu helpu, a dyddiadur preifat wedi’i gloi gyda chyfrinymadrodd.</translation>
    </message>
    <message>
        <source>It works without the internet and sends nothing: it never connects to a network. A web link opens in your browser only if you choose to open it.</source>
        <translation type="unfinished">Mae’n gweithio heb y rhyngrwyd ac nid yw’n anfon dim byd: nid yw byth yn cysylltu â rhwydwaith. Dim ond os byddwch chi’n dewis ei hagor y bydd dolen we yn agor yn eich porwr.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished">Fersiwn {version}</translation>
    </message>
    <message>
        <source>This translation was made with the help of a machine. An adviser who speaks the language as their first language has not checked it yet.</source>
        <translation type="unfinished">Cafodd y cyfieithiad hwn ei wneud gyda help peiriant. Nid yw cynghorydd sy’n siarad Cymraeg wedi ei wirio eto.</translation>
    </message>
    <message>
        <source> (the letters for Urdu)</source>
        <translation type="unfinished"> (y llythrennau ar gyfer Wrdw)</translation>
    </message>
    <message>
        <source>It is free software. It ships with these parts, each under its licence:</source>
        <translation type="unfinished">Meddalwedd rydd yw hi. Mae’n dod gyda’r rhannau hyn, pob un o dan ei drwydded ei hun:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>{v0}
{v1}, added {v2}
SHA-256 fingerprint: {v3}</source>
        <translation type="unfinished">{v0}
{v1}, wedi’i hychwanegu {v2}
Ôl bys SHA-256: {v3}</translation>
    </message>
    <message>
        <source>File details</source>
        <translation type="unfinished">Manylion y ffeil</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished">Yn agor…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>This file is too big to show here. Its fingerprint is above.</source>
        <translation type="unfinished">Mae’r ffeil hon yn rhy fawr i’w dangos yma. Mae ei hôl bys uchod.</translation>
    </message>
    <message>
        <source>This file cannot be shown here. You can check it by its fingerprint above.</source>
        <translation type="unfinished">Does dim modd dangos y ffeil hon yma. Gallwch ei gwirio gyda’i hôl bys uchod.</translation>
    </message>
    <message>
        <source>Picture, {v0} by {v1} pixels</source>
        <translation type="unfinished">Llun, {v0} wrth {v1} picsel</translation>
    </message>
    <message>
        <source>This file could not be opened.</source>
        <translation type="unfinished">Nid oedd modd agor y ffeil hon.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this entry</source>
        <translation type="unfinished">Ffeiliau wedi’u cadw gyda’r cofnod hwn</translation>
    </message>
    <message>
        <source>Press Enter to view a file.</source>
        <translation type="unfinished">Pwyswch Enter i weld ffeil.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Maint</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">Ychwanegwyd</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished">Ôl bys SHA-256</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished">Ychwanegu ffeiliau…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished">Ychwanegu ffeiliau</translation>
    </message>
    <message>
        <source>Choose screenshots or other files to keep with this entry.</source>
        <translation type="unfinished">Dewiswch luniau sgrin neu ffeiliau eraill i’w cadw gyda’r cofnod hwn.</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation type="unfinished">Gludo llun</translation>
    </message>
    <message>
        <source>Adds a screenshot you copied. Shortcut Ctrl+Shift+V.</source>
        <translation type="unfinished">Mae’n ychwanegu llun sgrin a gopïoch chi. Llwybr byr Ctrl+Shift+V.</translation>
    </message>
    <message>
        <source>Add a screenshot you copied (Ctrl+Shift+V)</source>
        <translation type="unfinished">Ychwanegu llun sgrin a gopïoch chi (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished">Gweld</translation>
    </message>
    <message>
        <source>View file</source>
        <translation type="unfinished">Gweld y ffeil</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation type="unfinished">Copïo’r ôl bys</translation>
    </message>
    <message>
        <source>Copies the file&apos;s SHA-256 fingerprint.</source>
        <translation type="unfinished">Mae’n copïo ôl bys SHA-256 y ffeil.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished">Tynnu’r ffeil</translation>
    </message>
    <message>
        <source>You can also drag files here. Files stay inside your encrypted journal. </source>
        <translation type="unfinished">Gallwch hefyd lusgo ffeiliau yma. Mae ffeiliau’n aros y tu mewn i’ch dyddiadur wedi’i amgryptio. </translation>
    </message>
    <message>
        <source>Before you add a picture</source>
        <translation type="unfinished">Cyn i chi ychwanegu llun</translation>
    </message>
    <message>
        <source>I understand, add it</source>
        <translation type="unfinished">Rydw i’n deall, ychwanegwch ef</translation>
    </message>
    <message>
        <source>Don&apos;t add it</source>
        <translation type="unfinished">Peidio â’i ychwanegu</translation>
    </message>
    <message>
        <source>File not added</source>
        <translation type="unfinished">Heb ychwanegu’r ffeil</translation>
    </message>
    <message>
        <source>“{v0}” could not be read. Nothing was added.</source>
        <translation type="unfinished">Doedd dim modd darllen “{v0}”. Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>File too big</source>
        <translation type="unfinished">Ffeil yn rhy fawr</translation>
    </message>
    <message>
        <source>“{v0}” is {v1}. {v2} Keep it somewhere safe and write down where it is in this entry.</source>
        <translation type="unfinished">Mae “{v0}” yn {v1}. {v2} Cadwch hi yn rhywle diogel ac ysgrifennwch ble mae hi yn y cofnod hwn.</translation>
    </message>
    <message>
        <source>No picture to paste</source>
        <translation type="unfinished">Dim llun i’w ludo</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard. Take or copy a screenshot first, then paste it here.</source>
        <translation type="unfinished">Does dim llun ar y clipfwrdd. Tynnwch neu copïwch lun sgrin yn gyntaf, yna gludwch ef yma.</translation>
    </message>
    <message>
        <source>That picture could not be read.</source>
        <translation type="unfinished">Doedd dim modd darllen y llun hwnnw.</translation>
    </message>
    <message>
        <source>Adding the file to your journal…</source>
        <translation type="unfinished">Yn ychwanegu’r ffeil at eich dyddiadur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Adding file</source>
        <translation type="unfinished">Yn ychwanegu ffeil</translation>
    </message>
    <message>
        <source>Adding “{name}” to your journal…</source>
        <translation type="unfinished">Yn ychwanegu “{name}” at eich dyddiadur…</translation>
    </message>
    <message>
        <source>The file could not be added. Nothing was saved.</source>
        <translation type="unfinished">Nid oedd modd ychwanegu&apos;r ffeil. Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was saved.</source>
        <translation type="unfinished">Nid oedd modd darllen y ffeil. Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>Delete the original…</source>
        <translation type="unfinished">Dileu’r gwreiddiol…</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation type="unfinished">Dileu’r gwreiddiol</translation>
    </message>
    <message>
        <source>Deletes the file from where it was on this computer. The copy in your journal stays.</source>
        <translation type="unfinished">Mae’n dileu’r ffeil o’r lle roedd hi ar y cyfrifiadur hwn. Mae’r copi yn eich dyddiadur yn aros.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished">Ei chadw</translation>
    </message>
    <message>
        <source>Keep the original and close this message</source>
        <translation type="unfinished">Cadw’r gwreiddiol a chau’r neges hon</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>“{v0}” is now in your journal. The original is still on this computer, in {v1}, where anyone using this computer could find it.</source>
        <translation type="unfinished">Mae “{v0}” yn eich dyddiadur nawr. Mae’r gwreiddiol yn dal ar y cyfrifiadur hwn, yn {v1}, lle gallai unrhyw un sy’n defnyddio’r cyfrifiadur hwn ddod o hyd iddo.</translation>
    </message>
    <message numerus="yes">
        <source>These %n files are now in your journal. The originals are still on this computer, in {v1}, where anyone using this computer could find them.</source>
        <comment>This %n file is now in your journal. The original is still on this computer, in {v1}, where anyone using this computer could find it.</comment>
        <translation type="unfinished">
            <numerusform>Mae’r %n ffeil hyn yn eich dyddiadur nawr. Mae’r rhai gwreiddiol yn dal ar y cyfrifiadur hwn, yn {v1}, lle gallai unrhyw un sy’n defnyddio’r cyfrifiadur eu gweld.</numerusform>
            <numerusform>Mae’r %n ffeil hyn yn eich dyddiadur nawr. Mae’r rhai gwreiddiol yn dal ar y cyfrifiadur hwn, yn {v1}, lle gallai unrhyw un sy’n defnyddio’r cyfrifiadur eu gweld.</numerusform>
            <numerusform>Mae’r %n ffeil hyn yn eich dyddiadur nawr. Mae’r rhai gwreiddiol yn dal ar y cyfrifiadur hwn, yn {v1}, lle gallai unrhyw un sy’n defnyddio’r cyfrifiadur eu gweld.</numerusform>
            <numerusform>Mae’r %n ffeil hyn yn eich dyddiadur nawr. Mae’r rhai gwreiddiol yn dal ar y cyfrifiadur hwn, yn {v1}, lle gallai unrhyw un sy’n defnyddio’r cyfrifiadur eu gweld.</numerusform>
            <numerusform>Mae’r %n ffeil hyn yn eich dyddiadur nawr. Mae’r rhai gwreiddiol yn dal ar y cyfrifiadur hwn, yn {v1}, lle gallai unrhyw un sy’n defnyddio’r cyfrifiadur eu gweld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the original?</source>
        <translation type="unfinished">Dileu’r gwreiddiol?</translation>
    </message>
    <message>
        <source>This deletes {names} from {v1}. The copy in your journal stays. It is not moved to the Recycle Bin or Trash.

{NOT_SECURE}</source>
        <translation type="unfinished">Mae hyn yn dileu {names} o {v1}. Mae’r copi yn eich dyddiadur yn aros. Nid yw’n cael ei symud i’r Bin Ailgylchu na’r Sbwriel.

{NOT_SECURE}</translation>
    </message>
    <message>
        <source>Checking and deleting…</source>
        <translation type="unfinished">Yn gwirio ac yn dileu…</translation>
    </message>
    <message>
        <source> You can delete it yourself with your file manager.</source>
        <translation type="unfinished"> Gallwch ei dileu eich hun gyda’ch rheolwr ffeiliau.</translation>
    </message>
    <message>
        <source>Deleted {names} from {v1}, but the same file has another name on this computer (a hard link), so it is still there under that name. Your file manager can find it by its size and date. The copy in your journal stays.</source>
        <translation type="unfinished">Wedi dileu {names} o {v1}, ond mae gan yr un ffeil enw arall ar y cyfrifiadur hwn (hard link), felly mae hi’n dal yno o dan yr enw hwnnw. Gall eich rheolwr ffeiliau ddod o hyd iddi yn ôl ei maint a’i dyddiad. Mae’r copi yn eich dyddiadur yn aros.</translation>
    </message>
    <message>
        <source>Deleted: “{v0}” is no longer in {v1} (checked). The copy in your journal stays.</source>
        <translation type="unfinished">Wedi dileu: nid yw “{v0}” yn {v1} mwyach (wedi gwirio). Mae’r copi yn eich dyddiadur yn aros.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted: the %n originals are no longer there (checked). The copies in your journal stay.</source>
        <comment>Deleted: the %n original is no longer there (checked). The copy in your journal stays.</comment>
        <translation type="unfinished">
            <numerusform>Wedi dileu: nid yw’r %n ffeil wreiddiol yno mwyach (wedi gwirio). Mae’r copïau yn eich dyddiadur yn aros.</numerusform>
            <numerusform>Wedi dileu: nid yw’r %n ffeil wreiddiol yno mwyach (wedi gwirio). Mae’r copïau yn eich dyddiadur yn aros.</numerusform>
            <numerusform>Wedi dileu: nid yw’r %n ffeil wreiddiol yno mwyach (wedi gwirio). Mae’r copïau yn eich dyddiadur yn aros.</numerusform>
            <numerusform>Wedi dileu: nid yw’r %n ffeil wreiddiol yno mwyach (wedi gwirio). Mae’r copïau yn eich dyddiadur yn aros.</numerusform>
            <numerusform>Wedi dileu: nid yw’r %n ffeil wreiddiol yno mwyach (wedi gwirio). Mae’r copïau yn eich dyddiadur yn aros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this file?</source>
        <translation type="unfinished">Tynnu’r ffeil hon?</translation>
    </message>
    <message>
        <source>Remove “{v0}” from this entry? It cannot be brought back. The entry&apos;s history will show that a file was removed.</source>
        <translation type="unfinished">Tynnu “{v0}” o’r cofnod hwn? Does dim modd dod â hi’n ôl. Bydd hanes y cofnod yn dangos bod ffeil wedi’i thynnu.</translation>
    </message>
    <message>
        <source>File not removed</source>
        <translation type="unfinished">Heb dynnu’r ffeil</translation>
    </message>
</context>
<context>
    <name>CentreLockDialog</name>
    <message>
        <source>Set the centre passphrase</source>
        <translation type="unfinished">Gosod cyfrinymadrodd y ganolfan</translation>
    </message>
    <message>
        <source>Settings are locked</source>
        <translation type="unfinished">Mae’r gosodiadau wedi’u cloi</translation>
    </message>
    <message>
        <source>Choose a passphrase for the staff at this centre. Settings will ask for it, so visitors cannot change them. Share it only with staff.</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd ar gyfer staff y ganolfan hon. Bydd y Gosodiadau’n gofyn amdano, fel nad yw ymwelwyr yn gallu eu newid. Rhannwch ef gyda staff yn unig.</translation>
    </message>
    <message>
        <source>These settings are locked by the centre. Please ask a member of staff.</source>
        <translation type="unfinished">Mae’r ganolfan wedi cloi’r gosodiadau hyn. Gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>Centre &amp;passphrase:</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd y ganolfan:</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation type="unfinished">Gosod cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <source>That passphrase is not right. Please try again.</source>
        <translation type="unfinished">Nid yw’r cyfrinymadrodd hwnnw’n iawn. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Only the passphrase that opens them changes. Nobody can reset it for you, so choose one you will remember.</source>
        <translation type="unfinished">Mae eich nodiadau’n aros fel maen nhw. Dim ond y cyfrinymadrodd sy’n eu hagor sy’n newid. Does neb yn gallu ei ailosod i chi, felly dewiswch un y byddwch chi’n ei gofio.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished">Teipiwch y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished">Teipiwch ef &amp;eto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd presennol.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation type="unfinished">Yn newid eich cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished">Nid yw eich cyfrinymadrodd presennol yn iawn. Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed.</source>
        <translation type="unfinished">Doedd dim modd newid y cyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Copy number</source>
        <translation type="unfinished">Copïo’r rhif</translation>
    </message>
    <message>
        <source>Copy phone number for {v0}: {v1}</source>
        <translation type="unfinished">Copïo rhif ffôn {v0}: {v1}</translation>
    </message>
    <message>
        <source>Copy the number so you can paste it into your phone</source>
        <translation type="unfinished">Copïwch y rhif er mwyn ei gludo yn eich ffôn</translation>
    </message>
    <message>
        <source>In danger now? Call {v0}</source>
        <translation type="unfinished">Mewn perygl nawr? Ffoniwch {v0}</translation>
    </message>
    <message>
        <source>Website for {v0}: {v1}</source>
        <translation type="unfinished">Gwefan {v0}: {v1}</translation>
    </message>
    <message>
        <source>Shows the address first. Nothing opens until you choose.</source>
        <translation type="unfinished">Mae’n dangos y cyfeiriad yn gyntaf. Does dim byd yn agor nes i chi ddewis.</translation>
    </message>
    <message>
        <source>Email {v0}: {v1}</source>
        <translation type="unfinished">E-bost {v0}: {v1}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;Where you live:</source>
        <translation type="unfinished">&amp;Ble rydych chi’n byw:</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation type="unfinished">Ble rydych chi’n byw</translation>
    </message>
    <message>
        <source>What you &amp;need:</source>
        <translation type="unfinished">Beth sydd ei &amp;angen:</translation>
    </message>
    <message>
        <source>What you need help with</source>
        <translation type="unfinished">Beth mae angen help arnoch chi gydag e</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished">Popeth</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">Argraffu…</translation>
    </message>
    <message>
        <source>Print these contacts</source>
        <translation type="unfinished">Argraffu’r cysylltiadau hyn</translation>
    </message>
    <message>
        <source>Print a one-page contacts card</source>
        <translation type="unfinished">Argraffu cerdyn cysylltiadau un dudalen</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished">Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save these contacts as a PDF</source>
        <translation type="unfinished">Cadw’r cysylltiadau hyn fel PDF</translation>
    </message>
    <message>
        <source>Save a one-page contacts card as a PDF file</source>
        <translation type="unfinished">Cadw cerdyn cysylltiadau un dudalen fel ffeil PDF</translation>
    </message>
    <message>
        <source>The contacts list could not be loaded. {v0}</source>
        <translation type="unfinished">Doedd dim modd llwytho’r rhestr gysylltiadau. {v0}</translation>
    </message>
    <message>
        <source> Services for adults come first.</source>
        <translation type="unfinished"> Mae gwasanaethau i oedolion yn dod gyntaf.</translation>
    </message>
    <message>
        <source> Services for young people come first.</source>
        <translation type="unfinished"> Mae gwasanaethau i bobl ifanc yn dod gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n services for {where}.{first} Nothing opens or calls until you choose.</source>
        <comment>%n service for {where}.{first} Nothing opens or calls until you choose.</comment>
        <translation type="unfinished">
            <numerusform>%n gwasanaeth ar gyfer {where}.{first} Does dim byd yn agor nac yn ffonio nes i chi ddewis.</numerusform>
            <numerusform>%n gwasanaeth ar gyfer {where}.{first} Does dim byd yn agor nac yn ffonio nes i chi ddewis.</numerusform>
            <numerusform>%n gwasanaeth ar gyfer {where}.{first} Does dim byd yn agor nac yn ffonio nes i chi ddewis.</numerusform>
            <numerusform>%n gwasanaeth ar gyfer {where}.{first} Does dim byd yn agor nac yn ffonio nes i chi ddewis.</numerusform>
            <numerusform>%n gwasanaeth ar gyfer {where}.{first} Does dim byd yn agor nac yn ffonio nes i chi ddewis.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other services match this choice for {where}. Try “Everything”.</source>
        <translation type="unfinished">Does dim gwasanaethau eraill yn cyfateb i’r dewis hwn ar gyfer {where}. Rhowch gynnig ar “Popeth”.</translation>
    </message>
    <message>
        <source>Help and support: {v0}</source>
        <translation type="unfinished">Help a chymorth: {v0}</translation>
    </message>
</context>
<context>
    <name>DecoyWindow</name>
    <message>
        <source>Note text</source>
        <translation type="unfinished">Testun y nodyn</translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <source>End session</source>
        <translation type="unfinished">Gorffen y sesiwn</translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation type="unfinished">Gorffen y sesiwn hon?</translation>
    </message>
    <message>
        <source>The app forgets this visit: searches, pages looked at, text size, the region chosen and the take-away journal. Then it is ready for the next person.</source>
        <translation type="unfinished">Mae’r ap yn anghofio’r ymweliad hwn: chwiliadau, tudalennau a welwyd, maint y testun, yr ardal a ddewiswyd a’r dyddiadur i fynd gyda chi. Yna mae’n barod ar gyfer y person nesaf.</translation>
    </message>
    <message>
        <source>

A handout saved here (in this visit, or one a Quick exit ended) is still on this computer:
</source>
        <translation type="unfinished">

Mae taflen a gafodd ei chadw yma (yn yr ymweliad hwn, neu un a ddaeth i ben gyda Gadael yn gyflym) yn dal ar y cyfrifiadur hwn:
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

Mae %n taflen a gafodd eu cadw yma (yn yr ymweliad hwn, neu un a ddaeth i ben gyda Gadael yn gyflym) yn dal ar y cyfrifiadur hwn:
</numerusform>
            <numerusform>

Mae %n taflen a gafodd eu cadw yma (yn yr ymweliad hwn, neu un a ddaeth i ben gyda Gadael yn gyflym) yn dal ar y cyfrifiadur hwn:
</numerusform>
            <numerusform>

Mae %n taflen a gafodd eu cadw yma (yn yr ymweliad hwn, neu un a ddaeth i ben gyda Gadael yn gyflym) yn dal ar y cyfrifiadur hwn:
</numerusform>
            <numerusform>

Mae %n taflen a gafodd eu cadw yma (yn yr ymweliad hwn, neu un a ddaeth i ben gyda Gadael yn gyflym) yn dal ar y cyfrifiadur hwn:
</numerusform>
            <numerusform>

Mae %n taflen a gafodd eu cadw yma (yn yr ymweliad hwn, neu un a ddaeth i ben gyda Gadael yn gyflym) yn dal ar y cyfrifiadur hwn:
</numerusform>
        </translation>
    </message>
    <message>
        <source>End session and &amp;delete the handout</source>
        <translation type="unfinished">Gorffen y sesiwn a &amp;dileu’r daflen</translation>
    </message>
    <message>
        <source>End session and &amp;delete the handouts</source>
        <translation type="unfinished">Gorffen y sesiwn a &amp;dileu’r taflenni</translation>
    </message>
    <message>
        <source>End session, &amp;keep the handout</source>
        <translation type="unfinished">Gorffen y sesiwn, c&amp;adw’r daflen</translation>
    </message>
    <message>
        <source>End session, &amp;keep the handouts</source>
        <translation type="unfinished">Gorffen y sesiwn, c&amp;adw’r taflenni</translation>
    </message>
    <message>
        <source>

Delete it, unless the person is taking it away on their own USB stick.</source>
        <translation type="unfinished">

Dilëwch hi, oni bai bod y person yn mynd â hi gyda nhw ar ei gof bach USB ei hun.</translation>
    </message>
    <message>
        <source>

Delete them, unless the person is taking them away on their own USB stick.</source>
        <translation type="unfinished">

Dilëwch nhw, oni bai bod y person yn mynd â nhw gyda nhw ar ei gof bach USB ei hun.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished">&amp;Gorffen y sesiwn</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Written</source>
        <translation type="unfinished">Wedi’i ysgrifennu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Wedi newid</translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished">Ffeil wedi’i hychwanegu</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation type="unfinished">Ffeil wedi’i thynnu</translation>
    </message>
    <message>
        <source>We kept what you were writing. Check it, then save it when you are ready.</source>
        <translation type="unfinished">Rydyn ni wedi cadw beth roeddech chi’n ei ysgrifennu. Gwiriwch ef, yna cadwch ef pan fyddwch chi’n barod.</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation type="unfinished">Taflu</translation>
    </message>
    <message>
        <source>Throw away what was kept</source>
        <translation type="unfinished">Taflu beth gafodd ei gadw</translation>
    </message>
    <message>
        <source>&lt;h2&gt;New entry&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Cofnod newydd&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Pryd digwyddodd e</translation>
    </message>
    <message>
        <source>Date and time. Left and Right move between the parts, Up and Down change one. Tab leaves the box.</source>
        <translation type="unfinished">Dyddiad ac amser. Mae Chwith a De yn symud rhwng y rhannau, mae I fyny ac I lawr yn newid un. Mae Tab yn gadael y blwch.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished">Nawr</translation>
    </message>
    <message>
        <source>Set to now</source>
        <translation type="unfinished">Gosod i nawr</translation>
    </message>
    <message>
        <source>&amp;When it happened</source>
        <translation type="unfinished">&amp;Pryd digwyddodd e</translation>
    </message>
    <message>
        <source>When it happened, not when you are writing it down. A rough time is fine.</source>
        <translation type="unfinished">Pryd digwyddodd e, nid pryd rydych chi’n ei ysgrifennu. Mae amser bras yn iawn.</translation>
    </message>
    <message>
        <source>What kind of thing happened</source>
        <translation type="unfinished">Pa fath o beth ddigwyddodd</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished">&amp;Math</translation>
    </message>
    <message>
        <source>Choose or type, for example Instagram</source>
        <translation type="unfinished">Dewiswch neu teipiwch, er enghraifft Instagram</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation type="unfinished">Platfform neu ap</translation>
    </message>
    <message>
        <source>&amp;Platform or app</source>
        <translation type="unfinished">P&amp;latfform neu ap</translation>
    </message>
    <message>
        <source>The app, website or phone service where it happened.</source>
        <translation type="unfinished">Yr ap, y wefan neu’r gwasanaeth ffôn lle digwyddodd e.</translation>
    </message>
    <message>
        <source>Account, username or number</source>
        <translation type="unfinished">Cyfrif, enw defnyddiwr neu rif</translation>
    </message>
    <message>
        <source>&amp;Account, username or number</source>
        <translation type="unfinished">Cyfrif, e&amp;nw defnyddiwr neu rif</translation>
    </message>
    <message>
        <source>Copy it exactly as shown, for example @name, a profile link, a phone number or an email. Display names can change; usernames and numbers help the most.</source>
        <translation type="unfinished">Copïwch ef yn union fel mae’n ymddangos, er enghraifft @enw, dolen i broffil, rhif ffôn neu e-bost. Gall enwau arddangos newid; enwau defnyddiwr a rhifau sy’n helpu fwyaf.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished">https://…</translation>
    </message>
    <message>
        <source>Web addresses, one per line</source>
        <translation type="unfinished">Cyfeiriadau gwe, un ar bob llinell</translation>
    </message>
    <message>
        <source>Web &amp;addresses</source>
        <translation type="unfinished">Cyfeiriadau g&amp;we</translation>
    </message>
    <message>
        <source>One per line. Copy them from the address bar or the Share menu.</source>
        <translation type="unfinished">Un ar bob llinell. Copïwch nhw o’r bar cyfeiriad neu’r ddewislen Rhannu.</translation>
    </message>
    <message>
        <source>What happened, in your own words. You can paste whole messages here.</source>
        <translation type="unfinished">Beth ddigwyddodd, yn eich geiriau eich hun. Gallwch gludo negeseuon cyfan yma.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished">Beth dd&amp;igwyddodd</translation>
    </message>
    <message>
        <source>Exact words, dates, amounts of money asked for, and what they threatened to do all help.</source>
        <translation type="unfinished">Mae union eiriau, dyddiadau, symiau o arian y gofynnwyd amdanyn nhw, a beth roedden nhw’n bygwth ei wneud i gyd yn helpu.</translation>
    </message>
    <message>
        <source>for example: £500 by bank transfer by Friday 6 pm</source>
        <translation type="unfinished">er enghraifft: £500 drwy drosglwyddiad banc erbyn dydd Gwener 6yh</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished">Beth roedden nhw’n ei fynnu</translation>
    </message>
    <message>
        <source>What they &amp;demanded</source>
        <translation type="unfinished">Beth roedden nhw’n ei &amp;fynnu</translation>
    </message>
    <message>
        <source>If they asked for anything: money (how much, and any payment details they gave), more images, and any deadline. Leave it empty if they did not.</source>
        <translation type="unfinished">Os gofynnon nhw am unrhyw beth: arian (faint, ac unrhyw fanylion talu a roddon nhw), mwy o luniau, ac unrhyw derfyn amser. Gadewch ef yn wag os na wnaethon nhw.</translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished">Wedi dweud wrth</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished">Cyfeirnod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <source>Who you reported it to</source>
        <translation type="unfinished">I bwy y rhoesoch chi wybod</translation>
    </message>
    <message>
        <source>Each row: who you told, their reference number, the date.</source>
        <translation type="unfinished">Pob rhes: pwy y dywedoch chi wrthyn nhw, eu cyfeirnod, y dyddiad.</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation type="unfinished">Ychwanegu adroddiad</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation type="unfinished">Tynnu adroddiad</translation>
    </message>
    <message>
        <source>Remove the selected report</source>
        <translation type="unfinished">Tynnu’r adroddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Reported to</source>
        <translation type="unfinished">&amp;Rhoi gwybod i</translation>
    </message>
    <message>
        <source>The platform, the police, a helpline or StopNCII, with any crime reference, report or case number they gave you.</source>
        <translation type="unfinished">Y platfform, yr heddlu, llinell gymorth neu StopNCII, gydag unrhyw gyfeirnod trosedd, rhif adroddiad neu rif achos a roddon nhw i chi.</translation>
    </message>
    <message>
        <source>for example: money, school, ex</source>
        <translation type="unfinished">er enghraifft: arian, ysgol, cyn-bartner</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished">Tagiau, wedi’u gwahanu gan gomas</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished">&amp;Tagiau</translation>
    </message>
    <message>
        <source>Your own words to find entries later, separated by commas.</source>
        <translation type="unfinished">Eich geiriau eich hun i ddod o hyd i gofnodion yn nes ymlaen, wedi’u gwahanu gan gomas.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished">Ffeiliau</translation>
    </message>
    <message>
        <source>Screenshots, photos of messages, emails saved as files.</source>
        <translation type="unfinished">Lluniau sgrin, lluniau o negeseuon, e-byst wedi’u cadw fel ffeiliau.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Hanes</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished">Cadw (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished">Cadw’r cofnod</translation>
    </message>
    <message>
        <source>Back to list</source>
        <translation type="unfinished">Yn ôl i’r rhestr</translation>
    </message>
    <message>
        <source>Back to the list of entries</source>
        <translation type="unfinished">Yn ôl i’r rhestr gofnodion</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation type="unfinished">Dileu’r cofnod…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished">Dileu’r cofnod hwn</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished">Heb ei gadw eto.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Entry&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Cofnod&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>History: </source>
        <translation type="unfinished">Hanes: </translation>
    </message>
    <message>
        <source>Please wait until the file has been added.</source>
        <translation type="unfinished">Arhoswch nes bod y ffeil wedi’i hychwanegu.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">Heb ei gadw</translation>
    </message>
    <message>
        <source>Saved at {v0}.</source>
        <translation type="unfinished">Wedi’i gadw am {v0}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n files.</source>
        <comment>Saved, with %n file.</comment>
        <translation type="unfinished">
            <numerusform>Wedi’i gadw, gyda %n ffeil.</numerusform>
            <numerusform>Wedi’i gadw, gyda %n ffeil.</numerusform>
            <numerusform>Wedi’i gadw, gyda %n ffeil.</numerusform>
            <numerusform>Wedi’i gadw, gyda %n ffeil.</numerusform>
            <numerusform>Wedi’i gadw, gyda %n ffeil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, with no files.</source>
        <translation type="unfinished">Wedi’i gadw, heb ffeiliau.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. What would you like to do?</source>
        <translation type="unfinished">Mae gennych chi newidiadau sydd heb eu cadw eto. Beth hoffech chi ei wneud?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Cadw</translation>
    </message>
    <message>
        <source>Throw away changes</source>
        <translation type="unfinished">Taflu’r newidiadau</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="unfinished">Dal ati i ysgrifennu</translation>
    </message>
    <message>
        <source>Throw away what was kept?</source>
        <translation type="unfinished">Taflu beth gafodd ei gadw?</translation>
    </message>
    <message>
        <source>This removes the unsaved writing that was kept for you. It cannot be brought back.</source>
        <translation type="unfinished">Mae hyn yn dileu’r ysgrifennu heb ei gadw a gafodd ei gadw i chi. Does dim modd dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished">Dileu’r cofnod hwn?</translation>
    </message>
    <message>
        <source>Delete this entry and its files? It cannot be brought back. The journal keeps a note of when something was deleted, but not what it said.</source>
        <translation type="unfinished">Dileu’r cofnod hwn a’i ffeiliau? Does dim modd dod ag ef yn ôl. Mae’r dyddiadur yn cadw nodyn o bryd cafodd rhywbeth ei ddileu, ond nid beth roedd yn ei ddweud.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished">Dileu’r cofnod</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished">Heb ei ddileu</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;This export is not encrypted.&lt;/b&gt; Anyone who gets the file can read everything in it and see every picture. Save it straight to a USB stick (not to this computer), keep the stick somewhere safe, and only give it to people you trust, like the police or a helpline.</source>
        <translation type="unfinished">&lt;b&gt;Nid yw’r allforio hwn wedi’i amgryptio.&lt;/b&gt; Gall unrhyw un sy’n cael y ffeil ddarllen popeth ynddi a gweld pob llun. Cadwch hi’n syth ar gof bach USB (nid ar y cyfrifiadur hwn), cadwch y cof bach yn rhywle diogel, a rhowch hi dim ond i bobl rydych chi’n ymddiried ynddyn nhw, fel yr heddlu neu linell gymorth.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never pass on an image of someone under 18&lt;/b&gt;, not even to the police or a helpline. Sharing it can be a crime, even when you are trying to help. Give the police the web addresses (links), usernames and messages instead. They can find the images themselves.</source>
        <translation type="unfinished">&lt;b&gt;Peidiwch byth â throsglwyddo llun o rywun o dan 18&lt;/b&gt;, hyd yn oed i’r heddlu neu linell gymorth. Gall ei rannu fod yn drosedd, hyd yn oed pan fyddwch chi’n ceisio helpu. Rhowch y cyfeiriadau gwe (dolenni), yr enwau defnyddiwr a’r negeseuon i’r heddlu yn lle hynny. Gallan nhw ddod o hyd i’r lluniau eu hunain.</translation>
    </message>
    <message>
        <source>Export for police or a helpline</source>
        <translation type="unfinished">Allforio i’r heddlu neu linell gymorth</translation>
    </message>
    <message>
        <source>Export choices</source>
        <translation type="unfinished">Dewisiadau allforio</translation>
    </message>
    <message>
        <source>Make a report you can give to the police or a helpline: a PDF report on its own, or one ZIP file with the report, your attached files exactly as you saved them, and fingerprints that show nothing was changed.</source>
        <translation type="unfinished">Gwnewch adroddiad y gallwch ei roi i’r heddlu neu linell gymorth: adroddiad PDF ar ei ben ei hun, neu un ffeil ZIP gyda’r adroddiad, eich ffeiliau yn union fel y gwnaethoch chi eu cadw, ac olion bysedd sy’n dangos na chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>Warning: this export is not encrypted</source>
        <translation type="unfinished">Rhybudd: nid yw’r allforio hwn wedi’i amgryptio</translation>
    </message>
    <message>
        <source>Reminder: never pass on an image of someone under 18</source>
        <translation type="unfinished">Cofiwch: peidiwch byth â throsglwyddo llun o rywun o dan 18</translation>
    </message>
    <message>
        <source>What to save</source>
        <translation type="unfinished">Beth i’w gadw</translation>
    </message>
    <message>
        <source>Everything in one ZIP file: the report,
your files and their fingerprints</source>
        <translation type="unfinished">Popeth mewn un ffeil ZIP: yr adroddiad,
eich ffeiliau a’u holion bysedd</translation>
    </message>
    <message>
        <source>The report only (one PDF file)</source>
        <translation type="unfinished">Yr adroddiad yn unig (un ffeil PDF)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished">Beth i’w allforio</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished">Pob cofnod</translation>
    </message>
    <message>
        <source>Entries between two dates</source>
        <translation type="unfinished">Cofnodion rhwng dau ddyddiad</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n entries you chose</source>
        <comment>Only the %n entry you chose</comment>
        <translation type="unfinished">
            <numerusform>Dim ond y %n cofnod a ddewiswyd</numerusform>
            <numerusform>Dim ond y %n cofnod a ddewiswyd</numerusform>
            <numerusform>Dim ond y %n cofnod a ddewiswyd</numerusform>
            <numerusform>Dim ond y %n cofnod a ddewiswyd</numerusform>
            <numerusform>Dim ond y %n cofnod a ddewiswyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Only chosen entries (none chosen)</source>
        <translation type="unfinished">Dim ond y rhai a ddewiswyd (dim un eto)</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">O</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">i</translation>
    </message>
    <message>
        <source>Attached files (screenshots, photos, others)</source>
        <translation type="unfinished">Ffeiliau atodol (lluniau sgrin, lluniau, eraill)</translation>
    </message>
    <message>
        <source>All attached files</source>
        <translation type="unfinished">Pob ffeil atodol</translation>
    </message>
    <message>
        <source>Files, but no photos or videos</source>
        <translation type="unfinished">Ffeiliau, ond dim lluniau na fideos</translation>
    </message>
    <message>
        <source>No files</source>
        <translation type="unfinished">Dim ffeiliau</translation>
    </message>
    <message>
        <source>Files left out are still listed in the report by name and fingerprint.</source>
        <translation type="unfinished">Mae ffeiliau sy’n cael eu gadael allan yn dal i gael eu rhestru yn yr adroddiad yn ôl enw ac ôl bys.</translation>
    </message>
    <message>
        <source>On the front page (optional)</source>
        <translation type="unfinished">Ar y dudalen flaen (dewisol)</translation>
    </message>
    <message>
        <source>Leave empty if you prefer</source>
        <translation type="unfinished">Gadewch yn wag os yw’n well gennych chi</translation>
    </message>
    <message>
        <source>A phone number or email the police can use</source>
        <translation type="unfinished">Rhif ffôn neu e-bost y gall yr heddlu ei ddefnyddio</translation>
    </message>
    <message>
        <source>Your name, for the front page (optional)</source>
        <translation type="unfinished">Eich enw, ar gyfer y dudalen flaen (dewisol)</translation>
    </message>
    <message>
        <source>How to contact you, for the front page (optional)</source>
        <translation type="unfinished">Sut i gysylltu â chi, ar gyfer y dudalen flaen (dewisol)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished">Eich enw:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished">Cyswllt:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">Cynnydd yr allforio</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished">Statws yr allforio</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished">Agor y ffolder</translation>
    </message>
    <message>
        <source>Show the folder the export was saved in</source>
        <translation type="unfinished">Dangos y ffolder lle cafodd yr allforio ei gadw</translation>
    </message>
    <message>
        <source>Result of checking a bundle</source>
        <translation type="unfinished">Canlyniad gwirio bwndel</translation>
    </message>
    <message>
        <source>Check a bundle…</source>
        <translation type="unfinished">Gwirio bwndel…</translation>
    </message>
    <message>
        <source>Save export…</source>
        <translation type="unfinished">Cadw’r allforio…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Check a bundle</source>
        <translation type="unfinished">Gwirio bwndel</translation>
    </message>
    <message>
        <source>Check that an evidence bundle&apos;s files have not been changed</source>
        <translation type="unfinished">Gwirio nad yw ffeiliau bwndel tystiolaeth wedi newid</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation type="unfinished">Cadw’r allforio</translation>
    </message>
    <message>
        <source>Choose where to save the export, then make it</source>
        <translation type="unfinished">Dewiswch ble i gadw’r allforio, yna gwnewch ef</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished">Canslo’r allforio</translation>
    </message>
    <message>
        <source>The start date is after the end date. Please check the dates.</source>
        <translation type="unfinished">Mae’r dyddiad dechrau ar ôl y dyddiad gorffen. Gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <source>No entries match what you chose, so there is nothing to export.</source>
        <translation type="unfinished">Does dim cofnodion yn cyfateb i’ch dewis, felly does dim byd i’w allforio.</translation>
    </message>
    <message>
        <source>Save the export (choose your USB stick)</source>
        <translation type="unfinished">Cadw’r allforio (dewiswch eich cof bach USB)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished">Ffeiliau ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished">Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>Saving to {path} …</source>
        <translation type="unfinished">Yn cadw yn {path} …</translation>
    </message>
    <message>
        <source>Saved: {v0} (the report on its own: {entries}, {pages}).
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished">Wedi’i gadw: {v0} (yr adroddiad ar ei ben ei hun: {entries}, {pages}).
Cofiwch: nid yw’r ffeil hon wedi’i hamgryptio. Cadwch hi’n ddiogel a’i dileu o unrhyw gyfrifiadur a rennir.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>%n page</comment>
        <translation type="unfinished">
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files left out.</source>
        <comment>%n file left out.</comment>
        <translation type="unfinished">
            <numerusform>%n ffeil wedi’u gadael allan.</numerusform>
            <numerusform>%n ffeil wedi’u gadael allan.</numerusform>
            <numerusform>%n ffeil wedi’u gadael allan.</numerusform>
            <numerusform>%n ffeil wedi’u gadael allan.</numerusform>
            <numerusform>%n ffeil wedi’u gadael allan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: {v0} ({entries}, {files}).{left}
Fingerprint of this bundle (write it down): {v6}
Fingerprint of manifest.json: {v7}
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished">Wedi’i gadw: {v0} ({entries}, {files}).{left}
Ôl bys y bwndel hwn (ysgrifennwch ef i lawr): {v6}
Ôl bys manifest.json: {v7}
Cofiwch: nid yw’r ffeil hon wedi’i hamgryptio. Cadwch hi’n ddiogel a’i dileu o unrhyw gyfrifiadur a rennir.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <comment>%n file</comment>
        <translation type="unfinished">
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished">Cafodd yr allforio ei stopio. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>{exc} Nothing was saved.</source>
        <translation type="unfinished">{exc} Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>Something went wrong and the export was not made. Nothing was saved. Please try again.</source>
        <translation type="unfinished">Aeth rhywbeth o’i le a chafodd yr allforio mo’i wneud. Chafodd dim byd ei gadw. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Stopping the export …</source>
        <translation type="unfinished">Yn stopio’r allforio …</translation>
    </message>
    <message>
        <source>Choose an evidence bundle to check</source>
        <translation type="unfinished">Dewiswch fwndel tystiolaeth i’w wirio</translation>
    </message>
    <message>
        <source>ZIP files (*.zip);;All files (*)</source>
        <translation type="unfinished">Ffeiliau ZIP (*.zip);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Checking {v0} …</source>
        <translation type="unfinished">Yn gwirio {v0} …</translation>
    </message>
    <message>
        <source>The bundle matches its fingerprint list. Compare its fingerprint (below) with the noted one.</source>
        <translation type="unfinished">Mae’r bwndel yn cyfateb i’w restr olion bysedd. Cymharwch ei ôl bys (isod) gyda’r un a nodwyd.</translation>
    </message>
    <message>
        <source>The bundle could not be checked.</source>
        <translation type="unfinished">Doedd dim modd gwirio’r bwndel.</translation>
    </message>
    <message>
        <source>Older format: partly checked. The report is not covered.</source>
        <translation type="unfinished">Fformat hŷn: wedi’i wirio’n rhannol. Nid yw’r adroddiad wedi’i gynnwys.</translation>
    </message>
    <message>
        <source>The bundle does NOT match. The details are below.</source>
        <translation type="unfinished">NID yw’r bwndel yn cyfateb. Mae’r manylion isod.</translation>
    </message>
    <message>
        <source>The bundle could not be checked. It may be damaged.</source>
        <translation type="unfinished">Doedd dim modd gwirio’r bwndel. Efallai ei fod wedi’i ddifrodi.</translation>
    </message>
</context>
<context>
    <name>FirstQuestions</name>
    <message>
        <source>Optional questions</source>
        <translation type="unfinished">Cwestiynau dewisol</translation>
    </message>
    <message>
        <source>Does anyone else use this computer, or might someone look at it?</source>
        <translation type="unfinished">Oes rhywun arall yn defnyddio’r cyfrifiadur hwn, neu a allai rhywun edrych arno?</translation>
    </message>
    <message>
        <source> If you say yes, the app will open on a plain page called “Notes” that says nothing about it.</source>
        <translation type="unfinished"> Os byddwch chi’n dweud ydy, bydd yr ap yn agor ar dudalen blaen o’r enw “Notes” sy’n dweud dim byd amdano.</translation>
    </message>
    <message>
        <source>Yes, open on a plain page</source>
        <translation type="unfinished">Ydy, agor ar dudalen blaen</translation>
    </message>
    <message>
        <source>No, only me</source>
        <translation type="unfinished">Nac ydy, dim ond fi</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation type="unfinished">Pwy sy’n defnyddio’r ap hwn?</translation>
    </message>
    <message>
        <source>Optional. You can change this later in Settings.</source>
        <translation type="unfinished">Dewisol. Gallwch newid hyn yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished">Ydych chi o dan 18?</translation>
    </message>
    <message>
        <source>Optional. It puts the right services first. Nothing is hidden.</source>
        <translation type="unfinished">Dewisol. Mae’n rhoi’r gwasanaethau iawn yn gyntaf. Does dim byd yn cael ei guddio.</translation>
    </message>
    <message>
        <source>Yes, I&apos;m under 18</source>
        <translation type="unfinished">Ydw, rydw i o dan 18</translation>
    </message>
    <message>
        <source>No, I&apos;m 18 or over</source>
        <translation type="unfinished">Nac ydw, rydw i’n 18 oed neu’n hŷn</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">Hepgor</translation>
    </message>
    <message>
        <source>Done: next time, the app opens on a plain “Notes” page. Click Continue there to get back here. You can change this in Settings.</source>
        <translation type="unfinished">Wedi’i wneud: y tro nesaf, bydd yr ap yn agor ar dudalen blaen “Notes”. Cliciwch Parhau yno i ddod yn ôl yma. Gallwch newid hyn yn y Gosodiadau.</translation>
    </message>
</context>
<context>
    <name>GuestBar</name>
    <message>
        <source>Guest session</source>
        <translation type="unfinished">Sesiwn gwestai</translation>
    </message>
    <message>
        <source>Print or save a &amp;handout…</source>
        <translation type="unfinished">Argraffu neu gadw &amp;taflen…</translation>
    </message>
    <message>
        <source>Print or save a handout</source>
        <translation type="unfinished">Argraffu neu gadw taflen</translation>
    </message>
    <message>
        <source>A contacts card or a guidance page to take away.</source>
        <translation type="unfinished">Cerdyn cysylltiadau neu dudalen ganllaw i fynd gyda chi.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished">Gorffen y s&amp;esiwn</translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished">Gorffen y sesiwn</translation>
    </message>
    <message>
        <source>Asks first, then forgets this visit: searches, pages, text size, the take-away journal. Then goes back to the start.</source>
        <translation type="unfinished">Mae’n gofyn yn gyntaf, yna’n anghofio’r ymweliad hwn: chwiliadau, tudalennau, maint y testun, y dyddiadur i fynd gyda chi. Yna mae’n mynd yn ôl i’r dechrau.</translation>
    </message>
    <message>
        <source>Forget everything from this visit and start again</source>
        <translation type="unfinished">Anghofio popeth o’r ymweliad hwn a dechrau eto</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished">← Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation type="unfinished">Mynd yn ôl (Alt+Chwith)</translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation type="unfinished">Ymlaen →</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished">Ymlaen</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation type="unfinished">Mynd ymlaen (Alt+De)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Dechrau</translation>
    </message>
    <message>
        <source>Home: what is happening?</source>
        <translation type="unfinished">Dechrau: beth sy’n digwydd?</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation type="unfinished">Yn ôl i’r dudalen gyntaf</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished">Ch&amp;wilio:</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation type="unfinished">Teipiwch air</translation>
    </message>
    <message>
        <source>Search the guidance</source>
        <translation type="unfinished">Chwilio’r canllawiau</translation>
    </message>
    <message>
        <source>Type a word. Results appear below. Press Down or Enter to go to them, Escape to clear.</source>
        <translation type="unfinished">Teipiwch air. Mae canlyniadau’n ymddangos isod. Pwyswch Down neu Enter i fynd atyn nhw, Escape i glirio.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished">Clirio’r chwilio</translation>
    </message>
    <message>
        <source>Clear search (Escape)</source>
        <translation type="unfinished">Clirio’r chwilio (Escape)</translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished">A−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished">Testun llai</translation>
    </message>
    <message>
        <source>Zoom out: smaller page text (Ctrl+−)</source>
        <translation type="unfinished">Testun llai (Ctrl+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished">A+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished">Testun mwy</translation>
    </message>
    <message>
        <source>Zoom in: bigger page text (Ctrl++)</source>
        <translation type="unfinished">Testun mwy (Ctrl++)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">Argraffu…</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation type="unfinished">Argraffu’r dudalen hon</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished">Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save this page as a PDF</source>
        <translation type="unfinished">Cadw’r dudalen hon fel PDF</translation>
    </message>
    <message>
        <source>Save this page as a PDF file</source>
        <translation type="unfinished">Cadw’r dudalen hon fel ffeil PDF</translation>
    </message>
    <message>
        <source>Guidance page</source>
        <translation type="unfinished">Tudalen ganllaw</translation>
    </message>
    <message>
        <source>Change place…</source>
        <translation type="unfinished">Newid lle…</translation>
    </message>
    <message>
        <source>Choose where you are: the numbers and the law follow</source>
        <translation type="unfinished">Dewiswch ble rydych chi: mae’r rhifau a’r gyfraith yn newid gyda hynny</translation>
    </message>
    <message>
        <source>On &amp;this page</source>
        <translation type="unfinished">Ar y dudalen &amp;hon</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation type="unfinished">Ar y dudalen hon</translation>
    </message>
    <message>
        <source>Headings on this page. Press Enter to jump to one.</source>
        <translation type="unfinished">Penawdau’r dudalen hon. Pwyswch Enter i neidio i un.</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet checked by an adviser. &lt;a href=&quot;about&quot;&gt;More&lt;/a&gt;</source>
        <translation type="unfinished">Cyfieithiad gyda help peiriant, heb ei wirio eto gan gynghorydd. &lt;a href=&quot;about&quot;&gt;Mwy&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet checked by an adviser</source>
        <translation type="unfinished">Cyfieithiad gyda help peiriant, heb ei wirio eto gan gynghorydd</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished">Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>The guidance could not be loaded</source>
        <translation type="unfinished">Doedd dim modd llwytho’r canllawiau</translation>
    </message>
    <message>
        <source>That page could not be found</source>
        <translation type="unfinished">Doedd dim modd dod o hyd i’r dudalen honno</translation>
    </message>
    <message>
        <source>This link points to a page that is not in this version of the app.</source>
        <translation type="unfinished">Mae’r ddolen hon yn mynd i dudalen sydd ddim yn y fersiwn hon o’r ap.</translation>
    </message>
    <message>
        <source>This page could not be shown</source>
        <translation type="unfinished">Doedd dim modd dangos y dudalen hon</translation>
    </message>
    <message>
        <source>Copied {number}. You can paste it into your phone. This app cannot make calls.</source>
        <translation type="unfinished">Wedi copïo {number}. Gallwch ei gludo yn eich ffôn. Nid yw’r ap hwn yn gallu gwneud galwadau.</translation>
    </message>
    <message>
        <source>Change place</source>
        <translation type="unfinished">Newid lle</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;You said you are under 18.&lt;/strong&gt; Start here: &lt;a href=&quot;page:under-18&quot;&gt;{title}&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;Dywedoch chi eich bod o dan 18.&lt;/strong&gt; Dechreuwch yma: &lt;a href=&quot;page:under-18&quot;&gt;{title}&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>
&lt;h2 id=&quot;related-pages&quot;&gt;Related pages&lt;/h2&gt;
&lt;ul class=&quot;related&quot;&gt;{items}&lt;/ul&gt;
</source>
        <translation type="unfinished">
&lt;h2 id=&quot;related-pages&quot;&gt;Tudalennau perthnasol&lt;/h2&gt;
&lt;ul class=&quot;related&quot;&gt;{items}&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Last reviewed: {v0}&lt;/p&gt;
&lt;p class=&quot;meta&quot;&gt;{v1}&lt;/p&gt;
</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot;&gt;Adolygwyd ddiwethaf: {v0}&lt;/p&gt;
&lt;p class=&quot;meta&quot;&gt;{v1}&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Last reviewed: {v0}&lt;/p&gt;
</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot;&gt;Adolygwyd ddiwethaf: {v0}&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Guidance page: {v0}</source>
        <translation type="unfinished">Tudalen ganllaw: {v0}</translation>
    </message>
    <message>
        <source>Top of the page</source>
        <translation type="unfinished">Brig y dudalen</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation type="unfinished">Pwy i’w ffonio</translation>
    </message>
    <message>
        <source>Related pages</source>
        <translation type="unfinished">Tudalennau perthnasol</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>%n page</comment>
        <translation type="unfinished">
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} found for “{query}”. Press Enter to open one, Escape to go back.</source>
        <translation type="unfinished">{count} wedi’u canfod ar gyfer “{query}”. Pwyswch Enter i agor un, Escape i fynd yn ôl.</translation>
    </message>
    <message>
        <source>No pages found for “{query}”. Try a different or shorter word.</source>
        <translation type="unfinished">Dim tudalennau ar gyfer “{query}”. Rhowch gynnig ar air gwahanol neu fyrrach.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished">Canllawiau</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Choose what to give the person to take away. Handouts never show anything typed in this app, so nobody&apos;s name is printed.</source>
        <translation type="unfinished">Dewiswch beth i’w roi i’r person i fynd gyda nhw. Nid yw taflenni byth yn dangos dim byd a gafodd ei deipio yn yr ap hwn, felly does dim enw neb yn cael ei argraffu.</translation>
    </message>
    <message>
        <source>A &amp;contacts card</source>
        <translation type="unfinished">&amp;Cerdyn cysylltiadau</translation>
    </message>
    <message>
        <source>A contacts card</source>
        <translation type="unfinished">Cerdyn cysylltiadau</translation>
    </message>
    <message>
        <source>A &amp;guidance page</source>
        <translation type="unfinished">&amp;Tudalen ganllaw</translation>
    </message>
    <message>
        <source>A guidance page</source>
        <translation type="unfinished">Tudalen ganllaw</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Ardal</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;Ardal:</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation type="unfinished">Math o help</translation>
    </message>
    <message>
        <source>Any kind of help</source>
        <translation type="unfinished">Unrhyw fath o help</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation type="unfinished">&amp;Math o help:</translation>
    </message>
    <message>
        <source>Guidance page</source>
        <translation type="unfinished">Tudalen ganllaw</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished">T&amp;udalen:</translation>
    </message>
    <message>
        <source>How the handout will look</source>
        <translation type="unfinished">Sut bydd y daflen yn edrych</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">Arg&amp;raffu…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">Argraffu</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">Cadw fel PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished">Wedi’i anfon i’r argraffydd.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation type="unfinished">Wedi’i chadw fel {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Every export is signed with this journal&apos;s own key, and this ID is its short fingerprint: the same on every export. It shows that the same journal made each export and that nothing changed after signing. It does not show when things happened (times come from this computer&apos;s clock), or that what was written is true, and anyone who knows the passphrase can sign as this journal.</source>
        <translation type="unfinished">Mae pob allforio wedi’i lofnodi gydag allwedd y dyddiadur hwn ei hun, a’r ID hwn yw ei ôl bys byr: yr un fath ar bob allforio. Mae’n dangos mai’r un dyddiadur wnaeth bob allforio ac na newidiodd dim byd ar ôl llofnodi. Nid yw’n dangos pryd digwyddodd pethau (mae’r amseroedd yn dod o gloc y cyfrifiadur hwn), na bod beth a ysgrifennwyd yn wir, a gall unrhyw un sy’n gwybod y cyfrinymadrodd lofnodi fel y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>What was done to this journal and when, newest first. It never records what you wrote.</source>
        <translation type="unfinished">Beth gafodd ei wneud i’r dyddiadur hwn a phryd, y mwyaf newydd yn gyntaf. Nid yw byth yn cofnodi beth a ysgrifennoch chi.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Hanes</translation>
    </message>
    <message>
        <source>Journal ID: {journal_id}</source>
        <translation type="unfinished">ID y dyddiadur: {journal_id}</translation>
    </message>
    <message>
        <source>Journal ID {journal_id}</source>
        <translation type="unfinished">ID y dyddiadur {journal_id}</translation>
    </message>
    <message>
        <source>History of this journal</source>
        <translation type="unfinished">Hanes y dyddiadur hwn</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Beth</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>This is a private notebook where you can write down what happened and keep screenshots, in case you want to report it.</source>
        <translation type="unfinished">Llyfr nodiadau preifat yw hwn. Yma gallwch ysgrifennu beth ddigwyddodd a chadw lluniau sgrin, rhag ofn eich bod chi eisiau rhoi gwybod.</translation>
    </message>
    <message>
        <source>It is encrypted and stays on this computer only, and nobody can get it back if you forget the passphrase, so write a hint somewhere safe or make an encrypted backup.</source>
        <translation type="unfinished">Mae wedi’i amgryptio ac yn aros ar y cyfrifiadur hwn yn unig. Does neb yn gallu ei gael yn ôl os byddwch chi’n anghofio’r cyfrinymadrodd. Felly ysgrifennwch gliw yn rhywle diogel, neu gwnewch gopi wrth gefn wedi’i amgryptio.</translation>
    </message>
    <message>
        <source>If someone watches this computer with spying software, they may still see what you type.</source>
        <translation type="unfinished">Os yw rhywun yn gwylio’r cyfrifiadur hwn gyda meddalwedd ysbïo, efallai y byddan nhw’n dal i weld beth rydych chi’n ei deipio.</translation>
    </message>
    <message>
        <source>Your journal is ready. Tip: choose Backup… to save an encrypted copy, for example on a USB stick, in case this computer is lost or you forget your passphrase.</source>
        <translation type="unfinished">Mae eich dyddiadur yn barod. Awgrym: dewiswch Copi wrth gefn… i gadw copi wedi’i amgryptio, er enghraifft ar gof bach USB, rhag ofn i’r cyfrifiadur hwn fynd ar goll neu i chi anghofio eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Your private journal</source>
        <translation type="unfinished">Eich dyddiadur preifat</translation>
    </message>
    <message>
        <source>Set up my journal</source>
        <translation type="unfinished">Creu fy nyddiadur</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished">Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Three or four ordinary words that have nothing to do with each other are strong and easy to remember. Nobody can reset it for you.</source>
        <translation type="unfinished">Mae cyfrinymadrodd fel cyfrinair, ond yn hirach. Mae tri neu bedwar gair cyffredin sydd ddim yn perthyn i’w gilydd yn gryf ac yn hawdd i’w cofio. Does neb yn gallu ei ailosod i chi.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished">Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">Cyfr&amp;inymadrodd</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished">Teipiwch ef &amp;eto</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished">Creu fy nyddiadur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished">Mae eich dyddiadur wedi’i gloi</translation>
    </message>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd i’w agor.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <source>Forgot it? Nobody can reset it, but you can try as many times as you need. If you made a backup and remember its passphrase, you can restore it.</source>
        <translation type="unfinished">Wedi anghofio? Does neb yn gallu ei ailosod, ond gallwch drio gynifer o weithiau ag sydd angen. Os gwnaethoch chi gopi wrth gefn ac yn cofio ei gyfrinymadrodd, gallwch ei adfer.</translation>
    </message>
    <message>
        <source>Journal actions</source>
        <translation type="unfinished">Camau’r dyddiadur</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished">Cofnod newydd</translation>
    </message>
    <message>
        <source>Write down something that happened (Ctrl+N)</source>
        <translation type="unfinished">Ysgrifennu rhywbeth a ddigwyddodd (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished">Allforio…</translation>
    </message>
    <message>
        <source>Make a report to share with police or a helpline</source>
        <translation type="unfinished">Gwneud adroddiad i’w rannu gyda’r heddlu neu linell gymorth</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation type="unfinished">Copi wrth gefn…</translation>
    </message>
    <message>
        <source>Save an encrypted copy, for example on a USB stick</source>
        <translation type="unfinished">Cadw copi wedi’i amgryptio, er enghraifft ar gof bach USB</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Adfer…</translation>
    </message>
    <message>
        <source>Bring back a journal from a backup</source>
        <translation type="unfinished">Dod â dyddiadur yn ôl o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished">Hanes…</translation>
    </message>
    <message>
        <source>What was done to this journal and when, and its ID</source>
        <translation type="unfinished">Beth gafodd ei wneud i’r dyddiadur hwn a phryd, a’i ID</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Cloi</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation type="unfinished">Cloi’r dyddiadur nawr (Ctrl+L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Close this tip</source>
        <translation type="unfinished">Cau’r awgrym hwn</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation type="unfinished">Yn datgloi… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>Setting up your journal… this takes a moment.</source>
        <translation type="unfinished">Yn creu eich dyddiadur… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>The folder for your journal could not be made. Nothing was saved.</source>
        <translation type="unfinished">Doedd dim modd gwneud y ffolder ar gyfer eich dyddiadur. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Journal ID: {journal_id}</source>
        <translation type="unfinished">ID y dyddiadur: {journal_id}</translation>
    </message>
    <message>
        <source>Journal ID {journal_id}</source>
        <translation type="unfinished">ID y dyddiadur {journal_id}</translation>
    </message>
    <message>
        <source>That passphrase did not work. Check it and try again. Capital letters and spaces count.</source>
        <translation type="unfinished">Wnaeth y cyfrinymadrodd hwnnw ddim gweithio. Gwiriwch ef a rhowch gynnig arall arni. Mae priflythrennau a bylchau&apos;n cyfrif.</translation>
    </message>
    <message>
        <source>There is already a journal here. Unlock it with its passphrase.</source>
        <translation type="unfinished">Mae dyddiadur yma&apos;n barod. Datglowch ef gyda&apos;i gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Something went wrong and the journal did not open. Nothing was changed.</source>
        <translation type="unfinished">Aeth rhywbeth o&apos;i le ac ni agorodd y dyddiadur. Ni newidiodd dim.</translation>
    </message>
    <message>
        <source>Your journal locked itself because nothing happened for a while.</source>
        <translation type="unfinished">Cafodd eich dyddiadur ei gloi ohono’i hun oherwydd na ddigwyddodd dim byd am ychydig.</translation>
    </message>
    <message>
        <source>Entry not opened</source>
        <translation type="unfinished">Heb agor y cofnod</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">Mae’r cyfrinymadrodd wedi newid</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one next time. Backups you made before still open with the old passphrase.</source>
        <translation type="unfinished">Mae eich cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd y tro nesaf. Mae copïau wrth gefn a wnaethoch chi o’r blaen yn dal i agor gyda’r hen gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation type="unfinished">Heb ddangos yr hanes</translation>
    </message>
    <message>
        <source>Lock the journal first?</source>
        <translation type="unfinished">Cloi’r dyddiadur yn gyntaf?</translation>
    </message>
    <message>
        <source>To restore a backup, the journal locks first. What you are writing is kept.</source>
        <translation type="unfinished">I adfer copi wrth gefn, mae’r dyddiadur yn cloi yn gyntaf. Mae beth rydych chi’n ei ysgrifennu yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Lock and continue</source>
        <translation type="unfinished">Cloi a pharhau</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished">Heb ei adfer</translation>
    </message>
    <message>
        <source>The folder for your journal could not be made.</source>
        <translation type="unfinished">Doedd dim modd gwneud y ffolder ar gyfer eich dyddiadur.</translation>
    </message>
    <message>
        <source>Your backup is restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation type="unfinished">Mae eich copi wrth gefn wedi’i adfer. Datglowch ef gyda chyfrinymadrodd y copi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open an email address</source>
        <translation type="unfinished">Agor cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Open a web address</source>
        <translation type="unfinished">Agor cyfeiriad gwe</translation>
    </message>
    <message>
        <source>This link goes to:</source>
        <translation type="unfinished">Mae’r ddolen hon yn mynd i:</translation>
    </message>
    <message>
        <source>This opens your email app to write to:</source>
        <translation type="unfinished">Mae hyn yn agor eich ap e-bost i ysgrifennu at:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Cyfeiriad</translation>
    </message>
    <message>
        <source>Your email app will keep a copy of anything you send. If someone else can see your email, think about using a safer device.</source>
        <translation type="unfinished">Bydd eich ap e-bost yn cadw copi o unrhyw beth rydych chi’n ei anfon. Os gall rhywun arall weld eich e-bost, meddyliwch am ddefnyddio dyfais fwy diogel.</translation>
    </message>
    <message>
        <source>If you open this in a web browser, the browser keeps it in its history. Someone who uses this computer could see it. To keep it more private, copy the address and paste it into a private window (also called incognito), or use a safer device.</source>
        <translation type="unfinished">Os byddwch chi’n agor hwn mewn porwr gwe, bydd y porwr yn ei gadw yn ei hanes. Gallai rhywun sy’n defnyddio’r cyfrifiadur hwn ei weld. I’w gadw’n fwy preifat, copïwch y cyfeiriad a’i gludo mewn ffenestr breifat (incognito), neu defnyddiwch ddyfais fwy diogel.</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished">Copïo’r cyfeiriad</translation>
    </message>
    <message>
        <source>Open in email app</source>
        <translation type="unfinished">Agor yn yr ap e-bost</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished">Agor yn y porwr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished">&amp;Canllawiau</translation>
    </message>
    <message>
        <source>Plain-language help on what is happening and what to do next</source>
        <translation type="unfinished">Help mewn iaith glir am beth sy’n digwydd a beth i’w wneud nesaf</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished">C&amp;ysylltiadau</translation>
    </message>
    <message>
        <source>People and services who can help, for your region</source>
        <translation type="unfinished">Pobl a gwasanaethau sy’n gallu helpu, ar gyfer eich ardal</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished">&amp;Dyddiadur</translation>
    </message>
    <message>
        <source>A private, encrypted notebook for keeping a record of what happened</source>
        <translation type="unfinished">Llyfr nodiadau preifat, wedi’i amgryptio, i gadw cofnod o beth ddigwyddodd</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished">&amp;Gosodiadau</translation>
    </message>
    <message>
        <source>Quick exit keys, privacy and display settings</source>
        <translation type="unfinished">Bysellau gadael yn gyflym, preifatrwydd a gosodiadau’r sgrin</translation>
    </message>
    <message>
        <source>Current section. {v0}</source>
        <translation type="unfinished">Yr adran bresennol. {v0}</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished">Gadael yn gyflym</translation>
    </message>
    <message>
        <source>Hides this app at once and closes it.</source>
        <translation type="unfinished">Mae’n cuddio’r ap hwn ar unwaith ac yn ei gau.</translation>
    </message>
    <message>
        <source>Hide this app at once</source>
        <translation type="unfinished">Cuddio’r ap hwn ar unwaith</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished">Adrannau</translation>
    </message>
    <message>
        <source>{v0} (Ctrl+{i})</source>
        <translation type="unfinished">{v0} (Ctrl+{i})</translation>
    </message>
    <message>
        <source>press {key}</source>
        <translation type="unfinished">pwyswch {key}</translation>
    </message>
    <message>
        <source>press Shift 3 times</source>
        <translation type="unfinished">pwyswch Shift 3 gwaith</translation>
    </message>
    <message>
        <source>To hide this fast: {ways}.</source>
        <translation type="unfinished">I guddio hwn yn gyflym: {ways}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> neu </translation>
    </message>
    <message>
        <source>To hide this fast, use Quick exit.</source>
        <translation type="unfinished">I guddio hwn yn gyflym, defnyddiwch Gadael yn gyflym.</translation>
    </message>
</context>
<context>
    <name>NotesCover</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished">Dim nodiadau eto.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Parhau</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Type the {v0} again</source>
        <translation type="unfinished">Teipiwch y {v0} eto</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished">&amp;Eto:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished">Teipiwch y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished">Nid yw’r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too weak</source>
        <translation type="unfinished">Rhy wan</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">Gwan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished">Da</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">Cryf</translation>
    </message>
    <message>
        <source>Try three or four ordinary words that have nothing to do with each other. Longer is stronger.</source>
        <translation type="unfinished">Rhowch gynnig ar dri neu bedwar gair cyffredin sydd heb ddim i&apos;w wneud â&apos;i gilydd. Mae hirach yn gryfach.</translation>
    </message>
    <message>
        <source>Rows of keys next to each other, like qwerty, are easy to guess.</source>
        <translation type="unfinished">Mae&apos;n hawdd dyfalu rhesi o fysellau drws nesaf i&apos;w gilydd, fel qwerty.</translation>
    </message>
    <message>
        <source>Patterns on the keyboard are easy to guess.</source>
        <translation type="unfinished">Mae&apos;n hawdd dyfalu patrymau ar y bysellfwrdd.</translation>
    </message>
    <message>
        <source>The same letter or number over and over is easy to guess.</source>
        <translation type="unfinished">Mae&apos;n hawdd dyfalu&apos;r un llythyren neu rif drosodd a throsodd.</translation>
    </message>
    <message>
        <source>Repeating the same part twice adds almost nothing.</source>
        <translation type="unfinished">Prin fod ailadrodd yr un rhan ddwywaith yn ychwanegu dim.</translation>
    </message>
    <message>
        <source>Runs like abc or 6543 are easy to guess.</source>
        <translation type="unfinished">Mae&apos;n hawdd dyfalu rhediadau fel abc neu 6543.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished">Mae&apos;n hawdd dyfalu blynyddoedd diweddar.</translation>
    </message>
    <message>
        <source>Dates are easy to guess, especially ones linked to you.</source>
        <translation type="unfinished">Mae&apos;n hawdd dyfalu dyddiadau, yn enwedig rhai sy&apos;n gysylltiedig â chi.</translation>
    </message>
    <message>
        <source>This is one of the first passwords people try.</source>
        <translation type="unfinished">Dyma un o&apos;r cyfrineiriau cyntaf y mae pobl yn rhoi cynnig arnyn nhw.</translation>
    </message>
    <message>
        <source>Many people use this password.</source>
        <translation type="unfinished">Mae llawer o bobl yn defnyddio&apos;r cyfrinair hwn.</translation>
    </message>
    <message>
        <source>This is close to a password many people use.</source>
        <translation type="unfinished">Mae hwn yn debyg i gyfrinair y mae llawer o bobl yn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>One word on its own is easy to guess.</source>
        <translation type="unfinished">Mae&apos;n hawdd dyfalu un gair ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>A name on its own is easy to guess.</source>
        <translation type="unfinished">Mae&apos;n hawdd dyfalu enw ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Common names are easy to guess.</source>
        <translation type="unfinished">Mae&apos;n hawdd dyfalu enwau cyffredin.</translation>
    </message>
    <message>
        <source>Add another word or two; unusual words are better.</source>
        <translation type="unfinished">Ychwanegwch air neu ddau arall; mae geiriau anarferol yn well.</translation>
    </message>
    <message>
        <source>Avoid repeating words or characters.</source>
        <translation type="unfinished">Peidiwch ag ailadrodd geiriau neu nodau.</translation>
    </message>
    <message>
        <source>Avoid runs like abc or 123.</source>
        <translation type="unfinished">Peidiwch â defnyddio rhediadau fel abc neu 123.</translation>
    </message>
    <message>
        <source>Avoid years and dates linked to you.</source>
        <translation type="unfinished">Peidiwch â defnyddio blynyddoedd a dyddiadau sy&apos;n gysylltiedig â chi.</translation>
    </message>
    <message>
        <source>A capital letter at the start does not help much.</source>
        <translation type="unfinished">Nid yw priflythyren ar y dechrau&apos;n helpu llawer.</translation>
    </message>
    <message>
        <source>All capitals are about as easy to guess.</source>
        <translation type="unfinished">Mae&apos;r un mor hawdd dyfalu priflythrennau i gyd.</translation>
    </message>
    <message>
        <source>Words spelt backwards are not much harder to guess.</source>
        <translation type="unfinished">Nid yw geiriau wedi&apos;u sillafu am yn ôl yn llawer anoddach eu dyfalu.</translation>
    </message>
    <message>
        <source>Swapping letters for look-alikes, like @ for a, does not help much.</source>
        <translation type="unfinished">Nid yw cyfnewid llythrennau am rai tebyg, fel @ am a, yn helpu llawer.</translation>
    </message>
</context>
<context>
    <name>PresentationButton</name>
    <message>
        <source>Large text</source>
        <translation type="unfinished">Testun mawr</translation>
    </message>
    <message>
        <source>Makes the text big for reading together. Click again to undo.</source>
        <translation type="unfinished">Mae’n gwneud y testun yn fawr i ddarllen gyda’ch gilydd. Cliciwch eto i ddadwneud.</translation>
    </message>
    <message>
        <source>Big text for reading together (click again to undo)</source>
        <translation type="unfinished">Testun mawr i ddarllen gyda’ch gilydd (cliciwch eto i ddadwneud)</translation>
    </message>
    <message>
        <source>Large text: on</source>
        <translation type="unfinished">Testun mawr: ymlaen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Backup file: {v0}
Type the passphrase that opened the journal when the backup was made.</source>
        <translation type="unfinished">Ffeil wrth gefn: {v0}
Teipiwch y cyfrinymadrodd a oedd yn agor y dyddiadur pan gafodd y copi wrth gefn ei wneud.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">Cyfrinymadrodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">Adfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished">Teipiwch y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Replace the journal on this computer?</source>
        <translation type="unfinished">Disodli’r dyddiadur ar y cyfrifiadur hwn?</translation>
    </message>
    <message>
        <source>There is already a journal on this computer. Restoring the backup replaces it, and anything written in it since the backup will be lost. Replace it?</source>
        <translation type="unfinished">Mae dyddiadur ar y cyfrifiadur hwn yn barod. Mae adfer y copi wrth gefn yn ei ddisodli, a bydd unrhyw beth a ysgrifennwyd ynddo ers y copi wrth gefn yn cael ei golli. Ei ddisodli?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished">Ei ddisodli</translation>
    </message>
    <message>
        <source>Keep my journal</source>
        <translation type="unfinished">Cadw fy nyddiadur</translation>
    </message>
    <message>
        <source>Checking and restoring your backup…</source>
        <translation type="unfinished">Yn gwirio ac yn adfer eich copi wrth gefn…</translation>
    </message>
    <message>
        <source>That passphrase did not open this backup. Check it and try again.</source>
        <translation type="unfinished">Wnaeth y cyfrinymadrodd hwnnw ddim agor y copi wrth gefn hwn. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation type="unfinished">Doedd dim modd adfer y copi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h1&gt;Settings&lt;/h1&gt;</source>
        <translation type="unfinished">&lt;h1&gt;Gosodiadau&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <source>This is a guest session. Changes last until the session ends and are not saved on this computer.</source>
        <translation type="unfinished">Sesiwn gwestai yw hon. Mae newidiadau’n para nes bod y sesiwn yn gorffen, a dydyn nhw ddim yn cael eu cadw ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished">Gadael yn gyflym</translation>
    </message>
    <message>
        <source>How this app looks on the screen</source>
        <translation type="unfinished">Sut mae’r ap hwn yn edrych ar y sgrin</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation type="unfinished">Recordio’r sgrin</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished">Dyddiadur</translation>
    </message>
    <message>
        <source>Your region</source>
        <translation type="unfinished">Eich ardal</translation>
    </message>
    <message>
        <source>Who is using this?</source>
        <translation type="unfinished">Pwy sy’n defnyddio hwn?</translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished">Ydych chi o dan 18?</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished">Darllen</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished">Am yr ap hwn</translation>
    </message>
    <message>
        <source>Remove everything</source>
        <translation type="unfinished">Dileu popeth</translation>
    </message>
    <message>
        <source>This change works for now, but it could not be saved: {v0}.</source>
        <translation type="unfinished">Mae’r newid hwn yn gweithio am nawr, ond doedd dim modd ei gadw: {v0}.</translation>
    </message>
    <message>
        <source>These hide this app at once, from any window. Your journal is locked and nothing you wrote is lost.</source>
        <translation type="unfinished">Mae’r rhain yn cuddio’r ap hwn ar unwaith, o unrhyw ffenestr. Mae eich dyddiadur yn cael ei gloi a does dim byd a ysgrifennoch chi’n cael ei golli.</translation>
    </message>
    <message>
        <source>Quick exit &amp;key:</source>
        <translation type="unfinished">&amp;Bysell gadael yn gyflym:</translation>
    </message>
    <message>
        <source>Quick exit key</source>
        <translation type="unfinished">Bysell gadael yn gyflym</translation>
    </message>
    <message>
        <source>Click here, then press the key you want to use.</source>
        <translation type="unfinished">Cliciwch yma, yna pwyswch y fysell rydych chi eisiau ei defnyddio.</translation>
    </message>
    <message>
        <source>Press a key</source>
        <translation type="unfinished">Pwyswch fysell</translation>
    </message>
    <message>
        <source>No quick exit key</source>
        <translation type="unfinished">Dim bysell gadael yn gyflym</translation>
    </message>
    <message>
        <source>Use F12</source>
        <translation type="unfinished">Defnyddio F12</translation>
    </message>
    <message>
        <source>Use F12 as the quick exit key</source>
        <translation type="unfinished">Defnyddio F12 fel y fysell gadael yn gyflym</translation>
    </message>
    <message>
        <source>F12</source>
        <translation type="unfinished">F12</translation>
    </message>
    <message>
        <source>Click the box, then press one key. F12 is a good choice.</source>
        <translation type="unfinished">Cliciwch y blwch, yna pwyswch un fysell. Mae F12 yn ddewis da.</translation>
    </message>
    <message>
        <source>Press Shi&amp;ft 3 times quickly to hide the app</source>
        <translation type="unfinished">Pwyswch Shi&amp;ft 3 gwaith yn gyflym i guddio’r ap</translation>
    </message>
    <message>
        <source>Press Shift 3 times quickly to hide the app</source>
        <translation type="unfinished">Pwyswch Shift 3 gwaith yn gyflym i guddio’r ap</translation>
    </message>
    <message>
        <source>&lt;b&gt;After a quick exit:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Ar ôl gadael yn gyflym:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a plain name and picture, so the window and taskbar do not show what this app is for.</source>
        <translation type="unfinished">Dewiswch enw a llun plaen, fel nad yw’r ffenestr a’r bar tasgau yn dangos beth yw pwrpas yr ap hwn.</translation>
    </message>
    <message>
        <source>Window &amp;name:</source>
        <translation type="unfinished">&amp;Enw’r ffenestr:</translation>
    </message>
    <message>
        <source>Window name</source>
        <translation type="unfinished">Enw’r ffenestr</translation>
    </message>
    <message>
        <source>Choose a name or type your own.</source>
        <translation type="unfinished">Dewiswch enw neu teipiwch eich un chi.</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation type="unfinished">&amp;Llun:</translation>
    </message>
    <message>
        <source>Window picture</source>
        <translation type="unfinished">Llun y ffenestr</translation>
    </message>
    <message>
        <source>Saved. Next time the app opens on a plain Notes page.</source>
        <translation type="unfinished">Wedi’i gadw. Y tro nesaf bydd yr ap yn agor ar dudalen blaen Notes.</translation>
    </message>
    <message>
        <source>Saved. Next time the app opens on its help pages.</source>
        <translation type="unfinished">Wedi’i gadw. Y tro nesaf bydd yr ap yn agor ar ei dudalennau help.</translation>
    </message>
    <message>
        <source>The window needs a name. The old name is kept.</source>
        <translation type="unfinished">Mae angen enw ar y ffenestr. Mae’r hen enw’n cael ei gadw.</translation>
    </message>
    <message>
        <source>The window is now called “{title}”.</source>
        <translation type="unfinished">Enw’r ffenestr nawr yw “{title}”.</translation>
    </message>
    <message>
        <source>&amp;Hide this window from screen recording</source>
        <translation type="unfinished">C&amp;uddio’r ffenestr hon rhag recordio’r sgrin</translation>
    </message>
    <message>
        <source>Hide this window from screen recording</source>
        <translation type="unfinished">Cuddio’r ffenestr hon rhag recordio’r sgrin</translation>
    </message>
    <message>
        <source>This asks the computer to leave this app out of screenshots, screen recordings and screen sharing. It works on Windows 10 (version 2004 or newer), Windows 11 and macOS. It cannot stop a phone camera, someone looking at your screen, or every kind of spying software.</source>
        <translation type="unfinished">Mae hyn yn gofyn i’r cyfrifiadur adael yr ap hwn allan o luniau sgrin, recordiadau sgrin a rhannu sgrin. Mae’n gweithio ar Windows 10 (fersiwn 2004 neu fwy newydd), Windows 11 a macOS. Nid yw’n gallu stopio camera ffôn, rhywun sy’n edrych ar eich sgrin, na phob math o feddalwedd ysbïo.</translation>
    </message>
    <message>
        <source>This computer does not offer it, so here this setting does nothing. It will work if you use the app on Windows or a Mac.</source>
        <translation type="unfinished">Nid yw’r cyfrifiadur hwn yn cynnig hyn, felly yma nid yw’r gosodiad hwn yn gwneud dim. Bydd yn gweithio os byddwch chi’n defnyddio’r ap ar Windows neu Mac.</translation>
    </message>
    <message>
        <source>This computer does not offer this. It does nothing here.</source>
        <translation type="unfinished">Nid yw’r cyfrifiadur hwn yn cynnig hyn. Nid yw’n gwneud dim yma.</translation>
    </message>
    <message>
        <source>&amp;Lock the journal after</source>
        <translation type="unfinished">Cloi’r dyddiadur a&amp;r ôl</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> munud</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">Byth</translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes of not using the app</source>
        <translation type="unfinished">Cloi’r dyddiadur ar ôl y nifer hwn o funudau heb ddefnyddio’r ap</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation type="unfinished">Mae 0 yn golygu byth.</translation>
    </message>
    <message>
        <source>of not using the app.</source>
        <translation type="unfinished">heb ddefnyddio’r ap.</translation>
    </message>
    <message>
        <source>Guidance and contacts are shown for the place you choose.</source>
        <translation type="unfinished">Mae canllawiau a chysylltiadau’n cael eu dangos ar gyfer y lle rydych chi’n ei ddewis.</translation>
    </message>
    <message>
        <source>Choose where you are</source>
        <translation type="unfinished">Dewiswch ble rydych chi</translation>
    </message>
    <message>
        <source>Close the app completely</source>
        <translation type="unfinished">Cau’r ap yn llwyr</translation>
    </message>
    <message>
        <source>Nothing is left on the screen, in the taskbar or in the task manager. This is the safest choice.</source>
        <translation type="unfinished">Does dim byd yn aros ar y sgrin, yn y bar tasgau nac yn y rheolwr tasgau. Dyma’r dewis mwyaf diogel.</translation>
    </message>
    <message>
        <source>Show a plain Notes window instead</source>
        <translation type="unfinished">Dangos ffenestr Notes blaen yn lle hynny</translation>
    </message>
    <message>
        <source>The app stays hidden behind an empty notes window. Closing that window closes the app.</source>
        <translation type="unfinished">Mae’r ap yn aros yn gudd y tu ôl i ffenestr nodiadau wag. Mae cau’r ffenestr honno’n cau’r ap.</translation>
    </message>
    <message>
        <source>Only make it small</source>
        <translation type="unfinished">Ei wneud yn fach yn unig</translation>
    </message>
    <message>
        <source>The app goes to the taskbar with its plain name. When you open it again it starts at the beginning, with your journal locked.</source>
        <translation type="unfinished">Mae’r ap yn mynd i’r bar tasgau gyda’i enw plaen. Pan fyddwch chi’n ei agor eto, mae’n dechrau o’r dechrau, gyda’ch dyddiadur wedi’i gloi.</translation>
    </message>
    <message>
        <source>I&apos;m looking for help for myself</source>
        <translation type="unfinished">Rydw i’n chwilio am help i mi fy hun</translation>
    </message>
    <message>
        <source>I&apos;m a support worker</source>
        <translation type="unfinished">Gweithiwr cymorth ydw i</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished">Heb ei ddewis eto</translation>
    </message>
    <message>
        <source>Region: {v0}.</source>
        <translation type="unfinished">Ardal: {v0}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished">Dim byd wedi newid.</translation>
    </message>
    <message>
        <source>Large te&amp;xt</source>
        <translation type="unfinished">Testun &amp;mawr</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">Testun mawr</translation>
    </message>
    <message>
        <source>High c&amp;ontrast (stronger colours)</source>
        <translation type="unfinished">Cyferbyniad uc&amp;hel (lliwiau cryfach)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation type="unfinished">I&amp;aith</translation>
    </message>
    <message>
        <source>Version {version}. What this app is, that it sends nothing, and the licences of what it ships.</source>
        <translation type="unfinished">Fersiwn {version}. Beth yw’r ap hwn, nad yw’n anfon dim byd, a thrwyddedau’r hyn mae’n ei gynnwys.</translation>
    </message>
    <message>
        <source>About this app…</source>
        <translation type="unfinished">Am yr ap hwn…</translation>
    </message>
    <message>
        <source>This removes everything this app keeps on this computer: your journal, its drafts, your settings and backups the app made in its own folder. It cannot be undone. Backups you saved somewhere else, for example on a USB stick, are not touched.</source>
        <translation type="unfinished">Mae hyn yn dileu popeth mae’r ap hwn yn ei gadw ar y cyfrifiadur hwn: eich dyddiadur, ei ddrafftiau, eich gosodiadau a chopïau wrth gefn a wnaeth yr ap yn ei ffolder ei hun. Does dim modd ei ddadwneud. Nid yw copïau wrth gefn a gadwoch chi yn rhywle arall, er enghraifft ar gof bach USB, yn cael eu cyffwrdd.</translation>
    </message>
    <message>
        <source>Be aware: on many computers, especially ones with SSD drives, deleted files can sometimes be recovered with special tools. Your journal was always encrypted, so without your passphrase nobody can read it, even if they recover the file.</source>
        <translation type="unfinished">Byddwch yn ymwybodol: ar lawer o gyfrifiaduron, yn enwedig rhai gyda gyriannau SSD, weithiau mae modd adfer ffeiliau wedi’u dileu gydag offer arbennig. Roedd eich dyddiadur bob amser wedi’i amgryptio, felly heb eich cyfrinymadrodd does neb yn gallu ei ddarllen, hyd yn oed os ydyn nhw’n adfer y ffeil.</translation>
    </message>
    <message>
        <source>To confirm, type {CONFIRM_WORD}:</source>
        <translation type="unfinished">I gadarnhau, teipiwch {CONFIRM_WORD}:</translation>
    </message>
    <message>
        <source>Type {CONFIRM_WORD} to confirm removing everything</source>
        <translation type="unfinished">Teipiwch {CONFIRM_WORD} i gadarnhau dileu popeth</translation>
    </message>
    <message>
        <source>&amp;Remove everything and close</source>
        <translation type="unfinished">Dileu p&amp;opeth a chau</translation>
    </message>
    <message>
        <source>Remove everything and close the app</source>
        <translation type="unfinished">Dileu popeth a chau’r ap</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Strength: {v0}.</source>
        <translation type="unfinished">Cryfder: {v0}.</translation>
    </message>
    <message>
        <source>Strength: type a passphrase to see how strong it is.</source>
        <translation type="unfinished">Cryfder: teipiwch gyfrinymadrodd i weld pa mor gryf yw e.</translation>
    </message>
</context>
<context>
    <name>SupportWorkerPanel</name>
    <message>
        <source>Who is using this?</source>
        <translation type="unfinished">Pwy sy’n defnyddio hwn?</translation>
    </message>
    <message>
        <source>I&apos;m looking for help for &amp;myself</source>
        <translation type="unfinished">Rydw i’n chwilio am hel&amp;p i mi fy hun</translation>
    </message>
    <message>
        <source>I&apos;m looking for help for myself</source>
        <translation type="unfinished">Rydw i’n chwilio am help i mi fy hun</translation>
    </message>
    <message>
        <source>I&apos;m a support &amp;worker</source>
        <translation type="unfinished">Gweithiwr cymor&amp;th ydw i</translation>
    </message>
    <message>
        <source>I&apos;m a support worker</source>
        <translation type="unfinished">Gweithiwr cymorth ydw i</translation>
    </message>
    <message>
        <source>Turns on guest sessions and shows handouts at the top.</source>
        <translation type="unfinished">Mae’n troi sesiynau gwestai ymlaen ac yn dangos taflenni ar y brig.</translation>
    </message>
    <message>
        <source>Guest sessions: &amp;forget each visit</source>
        <translation type="unfinished">Sesiynau gwe&amp;stai: anghofio pob ymweliad</translation>
    </message>
    <message>
        <source>Guest sessions: forget each visit</source>
        <translation type="unfinished">Sesiynau gwestai: anghofio pob ymweliad</translation>
    </message>
    <message>
        <source>&lt;p&gt;In a guest session nothing is saved on this computer, and there is no journal here: a visitor can keep one on their own USB stick. &lt;b&gt;End session&lt;/b&gt; forgets:&lt;/p&gt;&lt;ul&gt;{forgets}&lt;/ul&gt;</source>
        <translation type="unfinished">&lt;p&gt;Mewn sesiwn gwestai does dim byd yn cael ei gadw ar y cyfrifiadur hwn, a does dim dyddiadur yma: gall ymwelydd gadw un ar ei gof bach USB ei hun. Mae &lt;b&gt;Gorffen y sesiwn&lt;/b&gt; yn anghofio:&lt;/p&gt;&lt;ul&gt;{forgets}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>What End session forgets: </source>
        <translation type="unfinished">Beth mae Gorffen y sesiwn yn ei anghofio: </translation>
    </message>
    <message>
        <source>Show the Handouts button at the &amp;top</source>
        <translation type="unfinished">Dangos y botwm Taflenni ar y br&amp;ig</translation>
    </message>
    <message>
        <source>Show the Handouts button at the top</source>
        <translation type="unfinished">Dangos y botwm Taflenni ar y brig</translation>
    </message>
    <message>
        <source>Set centre &amp;passphrase…</source>
        <translation type="unfinished">Gosod cyfri&amp;nymadrodd y ganolfan…</translation>
    </message>
    <message>
        <source>Set centre passphrase</source>
        <translation type="unfinished">Gosod cyfrinymadrodd y ganolfan</translation>
    </message>
    <message>
        <source>&amp;Remove centre passphrase…</source>
        <translation type="unfinished">Dileu cyfrinymadrodd y ganol&amp;fan…</translation>
    </message>
    <message>
        <source>Remove centre passphrase</source>
        <translation type="unfinished">Dileu cyfrinymadrodd y ganolfan</translation>
    </message>
    <message>
        <source>A centre passphrase protects these settings.</source>
        <translation type="unfinished">Mae cyfrinymadrodd y ganolfan yn diogelu’r gosodiadau hyn.</translation>
    </message>
    <message>
        <source>No centre passphrase. Anyone can change these settings, including turning guest sessions off.</source>
        <translation type="unfinished">Dim cyfrinymadrodd canolfan. Gall unrhyw un newid y gosodiadau hyn, gan gynnwys diffodd sesiynau gwestai.</translation>
    </message>
    <message>
        <source>Change centre &amp;passphrase…</source>
        <translation type="unfinished">Newid cyfri&amp;nymadrodd y ganolfan…</translation>
    </message>
    <message>
        <source>Saved. Guest sessions are on.</source>
        <translation type="unfinished">Wedi’i gadw. Mae sesiynau gwestai ymlaen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished">Wedi’i gadw.</translation>
    </message>
    <message>
        <source>Saved. Guest sessions are off.</source>
        <translation type="unfinished">Wedi’i gadw. Mae sesiynau gwestai i ffwrdd.</translation>
    </message>
    <message>
        <source>The centre passphrase is set. Settings will ask for it.</source>
        <translation type="unfinished">Mae cyfrinymadrodd y ganolfan wedi’i osod. Bydd y Gosodiadau’n gofyn amdano.</translation>
    </message>
    <message>
        <source>The centre passphrase was removed.</source>
        <translation type="unfinished">Mae cyfrinymadrodd y ganolfan wedi’i ddileu.</translation>
    </message>
</context>
<context>
    <name>TakeAwayPage</name>
    <message>
        <source>That place is on this computer. Please choose your own USB stick or drive, so nothing of yours stays here.</source>
        <translation type="unfinished">Mae&apos;r lle hwnnw ar y cyfrifiadur hwn. Dewiswch eich cof bach USB neu yriant eich hun, fel nad oes dim o&apos;ch pethau&apos;n aros yma.</translation>
    </message>
    <message>
        <source>That drive or folder could not be found. Check the drive is plugged in.</source>
        <translation type="unfinished">Nid oedd modd dod o hyd i&apos;r gyriant neu&apos;r ffolder honno. Gwiriwch fod y gyriant wedi&apos;i blygio i mewn.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your take-away journal&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Eich dyddiadur i fynd gyda chi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This computer keeps no journal during a visit. You can keep your notes in a locked file on your own USB stick or drive, and take it with you. Only you know the passphrase. Nothing is kept here.</source>
        <translation type="unfinished">Nid yw’r cyfrifiadur hwn yn cadw dyddiadur yn ystod ymweliad. Gallwch gadw eich nodiadau mewn ffeil wedi’i chloi ar eich cof bach USB neu’ch gyriant eich hun, a mynd â hi gyda chi. Dim ond chi sy’n gwybod y cyfrinymadrodd. Does dim byd yn cael ei gadw yma.</translation>
    </message>
    <message>
        <source>Plug in your USB stick first. When you have finished, choose Close my journal (or End session), then take the stick with you.</source>
        <translation type="unfinished">Rhowch eich cof bach USB i mewn yn gyntaf. Pan fyddwch chi wedi gorffen, dewiswch Cau fy nyddiadur (neu Gorffen y sesiwn), yna ewch â’r cof bach gyda chi.</translation>
    </message>
    <message>
        <source>Start a &amp;new journal on my drive…</source>
        <translation type="unfinished">Dechrau dyddiadur &amp;newydd ar fy ngyriant…</translation>
    </message>
    <message>
        <source>Start a new journal on my drive</source>
        <translation type="unfinished">Dechrau dyddiadur newydd ar fy ngyriant</translation>
    </message>
    <message>
        <source>&amp;Open my journal from my drive…</source>
        <translation type="unfinished">&amp;Agor fy nyddiadur o fy ngyriant…</translation>
    </message>
    <message>
        <source>Open my journal from my drive</source>
        <translation type="unfinished">Agor fy nyddiadur o fy ngyriant</translation>
    </message>
    <message>
        <source>&amp;Close my journal</source>
        <translation type="unfinished">Ca&amp;u fy nyddiadur</translation>
    </message>
    <message>
        <source>Close my journal</source>
        <translation type="unfinished">Cau fy nyddiadur</translation>
    </message>
    <message>
        <source>Locks the journal. This computer forgets where it is.</source>
        <translation type="unfinished">Mae’n cloi’r dyddiadur. Mae’r cyfrifiadur hwn yn anghofio ble mae e.</translation>
    </message>
    <message>
        <source>Where to keep your journal (your own drive)</source>
        <translation type="unfinished">Ble i gadw eich dyddiadur (eich gyriant eich hun)</translation>
    </message>
    <message>
        <source>Open your journal (from your own drive)</source>
        <translation type="unfinished">Agor eich dyddiadur (o’ch gyriant eich hun)</translation>
    </message>
    <message>
        <source>Your journal is on your drive. Close it before you go.</source>
        <translation type="unfinished">Mae eich dyddiadur ar eich gyriant. Caewch ef cyn i chi fynd.</translation>
    </message>
    <message>
        <source>Your journal is closed and locked. This computer has forgotten where it is.</source>
        <translation type="unfinished">Mae eich dyddiadur wedi’i gau a’i gloi. Mae’r cyfrifiadur hwn wedi anghofio ble mae e.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Search everything you wrote (Ctrl+F)</source>
        <translation type="unfinished">Chwilio popeth a ysgrifennoch chi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished">Chwilio cofnodion</translation>
    </message>
    <message>
        <source>Shows only entries that contain every word you type.</source>
        <translation type="unfinished">Mae’n dangos dim ond cofnodion sy’n cynnwys pob gair rydych chi’n ei deipio.</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished">Hidlo yn ôl math</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">Pob math</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation type="unfinished">Hidlo yn ôl platfform</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">Hidlo yn ôl tag</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished">Dim ond o</translation>
    </message>
    <message>
        <source>Only show entries between two dates</source>
        <translation type="unfinished">Dangos cofnodion rhwng dau ddyddiad yn unig</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">i</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished">Cofnodion</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open an entry.</source>
        <translation type="unfinished">Y mwyaf newydd yn gyntaf. Pwyswch Enter i agor cofnod.</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished">Pob platfform</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">Pob tag</translation>
    </message>
    <message>
        <source>No entries yet. Choose New entry (Ctrl+N) to write down what happened. Short notes are fine. You can add more later.</source>
        <translation type="unfinished">Dim cofnodion eto. Dewiswch Cofnod newydd (Ctrl+N) i ysgrifennu beth ddigwyddodd. Mae nodiadau byr yn iawn. Gallwch ychwanegu mwy yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Your one entry does not match.</source>
        <translation type="unfinished">Nid yw eich un cofnod yn cyfateb.</translation>
    </message>
    <message numerus="yes">
        <source>None of your %n entries match.</source>
        <comment>Your %n entry does not match.</comment>
        <translation type="unfinished">
            <numerusform>Does dim un o’ch %n cofnod yn cyfateb.</numerusform>
            <numerusform>Does dim un o’ch %n cofnod yn cyfateb.</numerusform>
            <numerusform>Does dim un o’ch %n cofnod yn cyfateb.</numerusform>
            <numerusform>Does dim un o’ch %n cofnod yn cyfateb.</numerusform>
            <numerusform>Does dim un o’ch %n cofnod yn cyfateb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, or clear the filters.</source>
        <translation type="unfinished">Does dim byd yn cyfateb. Rhowch gynnig ar lai o eiriau, neu cliriwch yr hidlwyr.</translation>
    </message>
    <message>
        <source>Showing {shown} of {v1}</source>
        <translation type="unfinished">Yn dangos {shown} o {v1}</translation>
    </message>
</context>
<context>
    <name>VisitLanguageCombo</name>
    <message>
        <source>Language for this visit</source>
        <translation type="unfinished">Iaith ar gyfer yr ymweliad hwn</translation>
    </message>
    <message>
        <source>Language for this visit (not saved)</source>
        <translation type="unfinished">Iaith ar gyfer yr ymweliad hwn (heb ei chadw)</translation>
    </message>
</context>
<context>
    <name>WorkerMode</name>
    <message>
        <source>&amp;Handouts…</source>
        <translation type="unfinished">&amp;Taflenni…</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished">Taflenni</translation>
    </message>
    <message>
        <source>Print or save a contacts card or a guidance page.</source>
        <translation type="unfinished">Argraffu neu gadw cerdyn cysylltiadau neu dudalen ganllaw.</translation>
    </message>
</context>
<context>
    <name>age_choice</name>
    <message>
        <source>18 or over</source>
        <translation type="unfinished">18 oed neu hŷn</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">O dan 18</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished">Mae’n well gen i beidio â dweud</translation>
    </message>
    <message>
        <source>Optional. Used only to put the right services first and to show the under-18 route. Nothing is hidden.</source>
        <translation type="unfinished">Dewisol. Dim ond i roi’r gwasanaethau iawn yn gyntaf ac i ddangos y llwybr o dan 18. Does dim byd yn cael ei guddio.</translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished">Ydych chi o dan 18?</translation>
    </message>
    <message>
        <source>Age: {v0}.</source>
        <translation type="unfinished">Oed: {v0}.</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Each file can be up to {v0}.</source>
        <translation type="unfinished">Gall pob ffeil fod hyd at {v0}.</translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation type="unfinished">y ffolder {folder}</translation>
    </message>
</context>
<context>
    <name>centre_lock</name>
    <message>
        <source>Type the current centre passphrase first.</source>
        <translation type="unfinished">Teipiwch gyfrinymadrodd presennol y ganolfan yn gyntaf.</translation>
    </message>
    <message>
        <source>Type the centre passphrase to remove it.</source>
        <translation type="unfinished">Teipiwch gyfrinymadrodd y ganolfan i’w ddileu.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>England</source>
        <translation type="unfinished">Lloegr</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished">Cymru</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished">Yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished">Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished">Iwerddon</translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished">Yr Unol Daleithiau</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished">Awstralia</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished">Canada</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished">Rhywle arall</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation type="unfinished">Mewn perygl nawr</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">O dan 18</translation>
    </message>
    <message>
        <source>Adult (18 or over)</source>
        <translation type="unfinished">Oedolyn (18 oed neu hŷn)</translation>
    </message>
    <message>
        <source>Threats or blackmail</source>
        <translation type="unfinished">Bygythiadau neu flacmel</translation>
    </message>
    <message>
        <source>Getting images taken down</source>
        <translation type="unfinished">Tynnu lluniau i lawr</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished">Cam-drin domestig</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation type="unfinished">Rhywun i siarad â nhw</translation>
    </message>
    <message>
        <source>Reporting a crime</source>
        <translation type="unfinished">Rhoi gwybod am drosedd</translation>
    </message>
    <message>
        <source>Deaf or speech-impaired access</source>
        <translation type="unfinished">Mynediad i bobl fyddar neu â nam ar eu lleferydd</translation>
    </message>
    <message>
        <source>Scam or blackmail email</source>
        <translation type="unfinished">E-bost sgam neu flacmel</translation>
    </message>
    <message>
        <source>18 or over</source>
        <translation type="unfinished">18 oed neu hŷn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Neges</translation>
    </message>
    <message>
        <source>Threat to share images</source>
        <translation type="unfinished">Bygythiad i rannu lluniau</translation>
    </message>
    <message>
        <source>Images shared</source>
        <translation type="unfinished">Lluniau wedi’u rhannu</translation>
    </message>
    <message>
        <source>Demand for money or images</source>
        <translation type="unfinished">Galw am arian neu luniau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Arall</translation>
    </message>
    <message>
        <source>the UK</source>
        <translation type="unfinished">y DU</translation>
    </message>
    <message>
        <source>the United States</source>
        <translation type="unfinished">yr Unol Daleithiau</translation>
    </message>
    <message>
        <source>UK</source>
        <translation type="unfinished">DU</translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished">UDA</translation>
    </message>
    <message>
        <source>Anywhere else</source>
        <translation type="unfinished">Unrhyw le arall</translation>
    </message>
    <message>
        <source>Journal created</source>
        <translation type="unfinished">Dyddiadur wedi&apos;i greu</translation>
    </message>
    <message>
        <source>History started (the journal was made by an older version)</source>
        <translation type="unfinished">Hanes wedi dechrau (gwnaed y dyddiadur gan fersiwn hŷn)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">Wedi&apos;i ddatgloi</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">Wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Failed attempts to unlock</source>
        <translation type="unfinished">Ymdrechion i ddatgloi a fethodd</translation>
    </message>
    <message>
        <source>Entry written</source>
        <translation type="unfinished">Cofnod wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>Entry changed</source>
        <translation type="unfinished">Cofnod wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation type="unfinished">Cofnod wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished">Ffeil wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation type="unfinished">Ffeil wedi&apos;i hagor</translation>
    </message>
    <message>
        <source>File saved out of the journal</source>
        <translation type="unfinished">Ffeil wedi&apos;i chadw allan o&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation type="unfinished">Ffeil wedi&apos;i dileu</translation>
    </message>
    <message>
        <source>Evidence export made</source>
        <translation type="unfinished">Tystiolaeth wedi&apos;i hallforio</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished">Copi wrth gefn wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished">Wedi&apos;i adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">Cyfrinymadrodd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Guest session started</source>
        <translation type="unfinished">Sesiwn gwestai wedi dechrau</translation>
    </message>
    <message>
        <source>Guest session ended</source>
        <translation type="unfinished">Sesiwn gwestai wedi dod i ben</translation>
    </message>
    <message>
        <source>Accounts and usernames</source>
        <translation type="unfinished">Cyfrifon ac enwau defnyddwyr</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Rhifau ffôn</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished">Cyfeiriadau e-bost</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation type="unfinished">Cyfeiriadau gwe</translation>
    </message>
    <message>
        <source>Report references</source>
        <translation type="unfinished">Cyfeirnodau adroddiadau</translation>
    </message>
    <message>
        <source>words typed into search</source>
        <translation type="unfinished">geiriau a deipiwyd i’r chwilio</translation>
    </message>
    <message>
        <source>pages looked at, and the back and forward history</source>
        <translation type="unfinished">tudalennau a welwyd, a’r hanes yn ôl ac ymlaen</translation>
    </message>
    <message>
        <source>text size and contrast changes</source>
        <translation type="unfinished">newidiadau i faint y testun a’r cyferbyniad</translation>
    </message>
    <message>
        <source>the region picked during the visit</source>
        <translation type="unfinished">yr ardal a ddewiswyd yn ystod yr ymweliad</translation>
    </message>
    <message>
        <source>contacts filters</source>
        <translation type="unfinished">hidlwyr y cysylltiadau</translation>
    </message>
    <message>
        <source>the take-away journal (it is locked and the app forgets where it is)</source>
        <translation type="unfinished">y dyddiadur i fynd gyda chi (mae’n cael ei gloi ac mae’r ap yn anghofio ble mae e)</translation>
    </message>
    <message>
        <source>anything this app put on the clipboard</source>
        <translation type="unfinished">unrhyw beth a roddodd yr ap hwn ar y clipfwrdd</translation>
    </message>
    <message>
        <source>Nothing to save yet: write what happened, or add who it was, a web address or a file.</source>
        <translation type="unfinished">Dim byd i’w gadw eto: ysgrifennwch beth ddigwyddodd, neu ychwanegwch pwy oedd e, cyfeiriad gwe neu ffeil.</translation>
    </message>
    <message>
        <source>What helps a report: when, where, their exact username or number, web addresses, their exact words, any demand, and who you told. Write what you have; add more later.</source>
        <translation type="unfinished">Beth sy’n helpu adroddiad: pryd, ble, eu henw defnyddiwr neu eu rhif union, cyfeiriadau gwe, eu hunion eiriau, unrhyw alw, a phwy y dywedoch chi wrthyn nhw. Ysgrifennwch beth sydd gennych chi; ychwanegwch fwy yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Could still help, if you have it: </source>
        <translation type="unfinished">Gallai helpu o hyd, os yw gennych chi: </translation>
    </message>
    <message>
        <source>This entry has what a report usually needs.</source>
        <translation type="unfinished">Mae gan y cofnod hwn beth sydd ei angen ar adroddiad fel arfer.</translation>
    </message>
    <message>
        <source>When it happened, and when you wrote it down</source>
        <translation type="unfinished">Pryd digwyddodd e, a phryd gwnaethoch chi ei ysgrifennu</translation>
    </message>
    <message>
        <source>When it happened; a rough time is fine. The journal notes the rest.</source>
        <translation type="unfinished">Pryd digwyddodd e; mae amser bras yn iawn. Mae’r dyddiadur yn nodi’r gweddill.</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation type="unfinished">Platfform neu ap</translation>
    </message>
    <message>
        <source>Where it happened, for example Instagram or a text message.</source>
        <translation type="unfinished">Ble digwyddodd e, er enghraifft Instagram neu neges destun.</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished">Cyfeiriad gwe</translation>
    </message>
    <message>
        <source>The link to the profile, post or chat, from the address bar or the Share menu.</source>
        <translation type="unfinished">Y ddolen i’r proffil, y postiad neu’r sgwrs, o’r bar cyfeiriad neu’r ddewislen Rhannu.</translation>
    </message>
    <message>
        <source>Exact username, ID or number</source>
        <translation type="unfinished">Enw defnyddiwr, ID neu rif union</translation>
    </message>
    <message>
        <source>Their exact username, profile link, phone number or email, copied as shown.</source>
        <translation type="unfinished">Eu henw defnyddiwr union, dolen i’w proffil, rhif ffôn neu e-bost, wedi’u copïo fel maen nhw’n ymddangos.</translation>
    </message>
    <message>
        <source>The full message</source>
        <translation type="unfinished">Y neges lawn</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished">Beth roedden nhw’n ei fynnu</translation>
    </message>
    <message>
        <source>If they asked for anything: money (how much, and any payment details they gave), more images, and any deadline.</source>
        <translation type="unfinished">Os gofynnon nhw am unrhyw beth: arian (faint, ac unrhyw fanylion talu a roddon nhw), mwy o luniau, ac unrhyw derfyn amser.</translation>
    </message>
    <message>
        <source>Who it was reported to, and the reference</source>
        <translation type="unfinished">I bwy y rhoddwyd gwybod, a’r cyfeirnod</translation>
    </message>
    <message>
        <source>This looks like a display name, which can change. The exact username (like @name), profile link or number helps more.</source>
        <translation type="unfinished">Mae hwn yn edrych fel enw arddangos, sy’n gallu newid. Mae’r enw defnyddiwr union (fel @enw), dolen i’r proffil neu rif yn helpu mwy.</translation>
    </message>
    <message>
        <source>their exact username or number (this looks like a display name)</source>
        <translation type="unfinished">eu henw defnyddiwr neu eu rhif union (mae hwn yn edrych fel enw arddangos)</translation>
    </message>
    <message>
        <source>If there was a message, paste its exact words in full, or add a screenshot.</source>
        <translation type="unfinished">Os oedd neges, gludwch ei hunion eiriau yn llawn, neu ychwanegwch lun sgrin.</translation>
    </message>
    <message>
        <source>their exact words in full</source>
        <translation type="unfinished">eu hunion eiriau yn llawn</translation>
    </message>
    <message>
        <source>Their exact words, pasted in full, or a screenshot.</source>
        <translation type="unfinished">Eu hunion eiriau, wedi’u gludo yn llawn, neu lun sgrin.</translation>
    </message>
    <message>
        <source>Add the reference or case number they gave you, if there was one.</source>
        <translation type="unfinished">Ychwanegwch y cyfeirnod neu rif yr achos a roddon nhw i chi, os oedd un.</translation>
    </message>
    <message>
        <source>the reference number from your report</source>
        <translation type="unfinished">y cyfeirnod o’ch adroddiad</translation>
    </message>
    <message>
        <source>Only if you have reported it: who you told and any reference number.</source>
        <translation type="unfinished">Dim ond os ydych chi wedi rhoi gwybod: pwy y dywedoch chi wrthyn nhw ac unrhyw gyfeirnod.</translation>
    </message>
    <message>
        <source>Could still help, if you have it: {items}.</source>
        <translation type="unfinished">Gallai helpu o hyd, os yw gennych chi: {items}.</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>The history</source>
        <translation type="unfinished">Yr hanes</translation>
    </message>
    <message>
        <source>{where} is not a list of records.</source>
        <translation type="unfinished">Nid yw {where} yn rhestr o gofnodion.</translation>
    </message>
    <message>
        <source>{where}, record {number}</source>
        <translation type="unfinished">{where}, cofnod {number}</translation>
    </message>
    <message>
        <source>{what} is not a record.</source>
        <translation type="unfinished">Nid yw {what} yn gofnod.</translation>
    </message>
    <message>
        <source>{what} is not in the form the app writes.</source>
        <translation type="unfinished">Nid yw {what} yn y ffurf y mae&apos;r ap yn ei hysgrifennu.</translation>
    </message>
    <message>
        <source>{what} holds fields the app never writes.</source>
        <translation type="unfinished">Mae {what} yn dal meysydd nad yw&apos;r ap byth yn eu hysgrifennu.</translation>
    </message>
    <message>
        <source>{what} has number {number}, not {expected}: a record was removed, added or moved.</source>
        <translation type="unfinished">Mae gan {what} rif {number}, nid {expected}: cafodd cofnod ei dynnu, ei ychwanegu neu ei symud.</translation>
    </message>
    <message>
        <source>{what} does not follow the record before it (its link does not match): a record before it was changed, removed or moved.</source>
        <translation type="unfinished">Nid yw {what} yn dilyn y cofnod o&apos;i flaen (nid yw ei ddolen yn cyfateb): cafodd cofnod o&apos;i flaen ei newid, ei dynnu neu ei symud.</translation>
    </message>
    <message>
        <source>{what} is not the start of a history.</source>
        <translation type="unfinished">Nid {what} yw dechrau hanes.</translation>
    </message>
</context>
<context>
    <name>discreet</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished">&amp;Parhau</translation>
    </message>
    <message>
        <source>Open on a plain “Notes” page</source>
        <translation type="unfinished">Agor ar dudalen blaen “Notes”</translation>
    </message>
    <message>
        <source>Op&amp;en on a plain “Notes” page</source>
        <translation type="unfinished">A&amp;gor ar dudalen blaen “Notes”</translation>
    </message>
    <message>
        <source>When the app opens, it first shows an empty page called Notes with a Continue button, and nothing about what this app is for. Click Continue or press Enter to get here. The Quick exit keys work on that page too.</source>
        <translation type="unfinished">Pan fydd yr ap yn agor, mae’n dangos tudalen wag o’r enw Notes yn gyntaf, gyda botwm Parhau, a dim byd am beth yw pwrpas yr ap. Cliciwch Parhau neu pwyswch Enter i ddod yma. Mae’r bysellau gadael yn gyflym yn gweithio ar y dudalen honno hefyd.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>These notes are too large for one bundle. Please export them in parts (choose dates).</source>
        <translation type="unfinished">Mae&apos;r nodiadau hyn yn rhy fawr i un bwndel. Allforiwch nhw fesul rhan (dewiswch ddyddiadau).</translation>
    </message>
    <message>
        <source>The export stopped because your notes were locked. Nothing was saved.</source>
        <translation type="unfinished">Stopiodd yr allforio oherwydd bod eich nodiadau wedi&apos;u cloi. Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>Part of your notes file could not be read, so the export was stopped. Nothing was saved.</source>
        <translation type="unfinished">Nid oedd modd darllen rhan o&apos;ch ffeil nodiadau, felly cafodd yr allforio ei stopio. Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>{message} Nothing was saved.</source>
        <translation type="unfinished">{message} Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>The app is not allowed to save in that folder. Please choose another place.</source>
        <translation type="unfinished">Does dim caniatâd gan yr ap i gadw yn y ffolder honno. Dewiswch le arall.</translation>
    </message>
    <message>
        <source>There is not enough free space there. Nothing was saved.</source>
        <translation type="unfinished">Does dim digon o le gwag yno. Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>The export could not be saved there. Please check the drive and try again.</source>
        <translation type="unfinished">Nid oedd modd cadw&apos;r allforio yno. Gwiriwch y gyriant a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The journal&apos;s history is too long for a bundle the checker can read. Nothing was saved.</source>
        <translation type="unfinished">Mae hanes y dyddiadur yn rhy hir i fwndel y gall y gwiriwr ei ddarllen. Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>Please choose a file name, not a folder.</source>
        <translation type="unfinished">Dewiswch enw ffeil, nid ffolder.</translation>
    </message>
    <message>
        <source>That folder is not there any more. Please choose another place.</source>
        <translation type="unfinished">Nid yw&apos;r ffolder honno yno mwyach. Dewiswch le arall.</translation>
    </message>
    <message>
        <source>That is your notes file. Please choose another name for the export.</source>
        <translation type="unfinished">Dyna&apos;ch ffeil nodiadau. Dewiswch enw arall ar gyfer yr allforio.</translation>
    </message>
    <message>
        <source>The export could not be made. Nothing was saved.</source>
        <translation type="unfinished">Nid oedd modd gwneud yr allforio. Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished">Cafodd yr allforio ei stopio. Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>The report needs the app&apos;s display part, which is not running.</source>
        <translation type="unfinished">Mae angen rhan arddangos yr ap ar yr adroddiad, ac nid yw honno&apos;n rhedeg.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished">Nid oedd modd ysgrifennu&apos;r adroddiad.</translation>
    </message>
    <message>
        <source>The start date is after the end date. Please check the dates.</source>
        <translation type="unfinished">Mae&apos;r dyddiad dechrau ar ôl y dyddiad gorffen. Gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <source>Some of the chosen notes are no longer there. Please choose again.</source>
        <translation type="unfinished">Nid yw rhai o&apos;r nodiadau a ddewiswyd yno mwyach. Dewiswch eto.</translation>
    </message>
    <message>
        <source>Each report needs who it went to and a reference.</source>
        <translation type="unfinished">Mae angen i bob adroddiad ddweud at bwy yr aeth a chyfeirnod.</translation>
    </message>
    <message>
        <source>Please give the date and time it happened, with its time zone.</source>
        <translation type="unfinished">Rhowch y dyddiad a&apos;r amser y digwyddodd, gyda&apos;i gylchfa amser.</translation>
    </message>
    <message>
        <source>Please choose what kind of thing happened.</source>
        <translation type="unfinished">Dewiswch pa fath o beth a ddigwyddodd.</translation>
    </message>
    <message>
        <source>The record of failed unlock attempts in your journal file was changed or removed. Someone may have tried to open your journal and tried to hide it.</source>
        <translation type="unfinished">Cafodd y cofnod o ymdrechion i ddatgloi a fethodd yn eich ffeil dyddiadur ei newid neu ei dynnu. Efallai fod rhywun wedi ceisio agor eich dyddiadur a cheisio cuddio hynny.</translation>
    </message>
    <message>
        <source>Someone tried to open your journal {count} time since you last used it</source>
        <translation type="unfinished">Ceisiodd rhywun agor eich dyddiadur {count} waith ers i chi ei ddefnyddio ddiwethaf</translation>
    </message>
    <message>
        <source>Someone tried to open your journal {count} times since you last used it</source>
        <translation type="unfinished">Ceisiodd rhywun agor eich dyddiadur {count} gwaith ers i chi ei ddefnyddio ddiwethaf</translation>
    </message>
    <message>
        <source>{line} (the last {count} are listed)</source>
        <translation type="unfinished">{line} (mae&apos;r {count} olaf wedi&apos;u rhestru)</translation>
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
        <translation type="unfinished">Aeth rhywbeth o&apos;i le gyda&apos;ch ffeil nodiadau.</translation>
    </message>
    <message>
        <source>That passphrase did not work. Check it and try again.</source>
        <translation type="unfinished">Wnaeth y cyfrinymadrodd hwnnw ddim gweithio. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your notes file looks damaged or was changed outside the app, so it was not opened. If you have a backup, you can restore it.</source>
        <translation type="unfinished">Mae&apos;n ymddangos bod eich ffeil nodiadau wedi&apos;i difrodi neu wedi newid y tu allan i&apos;r ap, felly ni chafodd ei hagor. Os oes gennych chi gopi wrth gefn, gallwch chi ei adfer.</translation>
    </message>
    <message>
        <source>A notes file is already there. Nothing was replaced.</source>
        <translation type="unfinished">Mae ffeil nodiadau yno&apos;n barod. Ni chafodd dim ei ddisodli.</translation>
    </message>
    <message>
        <source>The notes file could not be found.</source>
        <translation type="unfinished">Nid oedd modd dod o hyd i&apos;r ffeil nodiadau.</translation>
    </message>
    <message>
        <source>Your notes are locked. Unlock them to carry on.</source>
        <translation type="unfinished">Mae eich nodiadau wedi&apos;u cloi. Datglowch nhw i barhau.</translation>
    </message>
    <message>
        <source>Your notes are open in another window. Close it and try again.</source>
        <translation type="unfinished">Mae eich nodiadau ar agor mewn ffenestr arall. Caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your notes could not be saved or read. Check there is free space and try again.</source>
        <translation type="unfinished">Nid oedd modd cadw na darllen eich nodiadau. Gwiriwch fod lle gwag a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Please type a passphrase.</source>
        <translation type="unfinished">Teipiwch gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>This file is too big to add.</source>
        <translation type="unfinished">Mae&apos;r ffeil hon yn rhy fawr i&apos;w hychwanegu.</translation>
    </message>
    <message>
        <source>Adding the file was stopped. Nothing was saved.</source>
        <translation type="unfinished">Cafodd ychwanegu&apos;r ffeil ei stopio. Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>This note is missing something it needs.</source>
        <translation type="unfinished">Mae&apos;r nodyn hwn heb rywbeth sydd ei angen arno.</translation>
    </message>
    <message>
        <source>That note or file is no longer there.</source>
        <translation type="unfinished">Nid yw&apos;r nodyn neu&apos;r ffeil honno yno mwyach.</translation>
    </message>
    <message>
        <source>This notes file was made by a newer version of the app. Please update the app.</source>
        <translation type="unfinished">Cafodd y ffeil nodiadau hon ei gwneud gan fersiwn mwy newydd o&apos;r ap. Diweddarwch yr ap.</translation>
    </message>
    <message>
        <source>The folder for your notes cannot be written to (it is read-only, or this account may not change it). Nothing was changed.</source>
        <translation type="unfinished">Does dim modd ysgrifennu i&apos;r ffolder ar gyfer eich nodiadau (mae&apos;n ddarllen yn unig, neu ni chaiff y cyfrif hwn ei newid). Ni newidiodd dim.</translation>
    </message>
    <message>
        <source>There is not enough free space on the drive. Free some space and try again.</source>
        <translation type="unfinished">Does dim digon o le gwag ar y gyriant. Rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That backup file looks damaged, or it is not a backup made by this app, so nothing was restored. Your journal was not changed.</source>
        <translation type="unfinished">Mae&apos;n ymddangos bod y ffeil copi wrth gefn honno wedi&apos;i difrodi, neu nad yw&apos;n gopi wrth gefn a wnaed gan yr ap hwn, felly ni chafodd dim ei adfer. Ni newidiodd eich dyddiadur.</translation>
    </message>
    <message>
        <source>That file could not be found.</source>
        <translation type="unfinished">Nid oedd modd dod o hyd i&apos;r ffeil honno.</translation>
    </message>
    <message>
        <source>That file could not be read.</source>
        <translation type="unfinished">Nid oedd modd darllen y ffeil honno.</translation>
    </message>
    <message>
        <source>That file is already saved.</source>
        <translation type="unfinished">Mae&apos;r ffeil honno wedi&apos;i chadw&apos;n barod.</translation>
    </message>
    <message>
        <source>The folder for your notes could not be found.</source>
        <translation type="unfinished">Nid oedd modd dod o hyd i&apos;r ffolder ar gyfer eich nodiadau.</translation>
    </message>
    <message>
        <source>Choose a different place for the backup.</source>
        <translation type="unfinished">Dewiswch le gwahanol ar gyfer y copi wrth gefn.</translation>
    </message>
    <message>
        <source>That folder could not be found.</source>
        <translation type="unfinished">Nid oedd modd dod o hyd i&apos;r ffolder honno.</translation>
    </message>
    <message>
        <source>The backup could not be written there. Check the drive and try again.</source>
        <translation type="unfinished">Nid oedd modd ysgrifennu&apos;r copi wrth gefn yno. Gwiriwch y gyriant a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The backup file could not be found.</source>
        <translation type="unfinished">Nid oedd modd dod o hyd i&apos;r ffeil copi wrth gefn.</translation>
    </message>
    <message>
        <source>There is not enough free space on this drive to restore that backup. Nothing was changed.</source>
        <translation type="unfinished">Does dim digon o le gwag ar y gyriant hwn i adfer y copi wrth gefn hwnnw. Ni newidiodd dim.</translation>
    </message>
    <message>
        <source>The backup could not be read.</source>
        <translation type="unfinished">Nid oedd modd darllen y copi wrth gefn.</translation>
    </message>
    <message>
        <source>The backup file could not be read.</source>
        <translation type="unfinished">Nid oedd modd darllen y ffeil copi wrth gefn.</translation>
    </message>
    <message>
        <source>Some files could not be removed ({count}). Close any other program that might be using them and try again, or delete this folder yourself:
{folder}</source>
        <translation type="unfinished">Nid oedd modd tynnu rhai ffeiliau ({count}). Caewch unrhyw raglen arall a allai fod yn eu defnyddio a rhowch gynnig arall arni, neu dilëwch y ffolder hon eich hun:
{folder}</translation>
    </message>
    <message>
        <source>Everything this app kept on this computer has been removed.</source>
        <translation type="unfinished">Mae popeth a gadwodd yr ap hwn ar y cyfrifiadur hwn wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>Everything this app kept in its own folder has been removed. But {names} was only a link (shortcut) to a file outside that folder. The link is gone; the file it pointed to was not touched, because the app only deletes inside its own folder. If that file is yours to delete, delete it yourself:
{targets}</source>
        <translation type="unfinished">Mae popeth a gadwodd yr ap hwn yn ei ffolder ei hun wedi&apos;i dynnu. Ond dim ond dolen (llwybr byr) i ffeil y tu allan i&apos;r ffolder honno oedd {names}. Mae&apos;r ddolen wedi mynd; ni chafodd y ffeil yr oedd yn pwyntio ati ei chyffwrdd, oherwydd dim ond y tu mewn i&apos;w ffolder ei hun y mae&apos;r ap yn dileu. Os mai chi sydd i ddileu&apos;r ffeil honno, dilëwch hi eich hun:
{targets}</translation>
    </message>
    <message>
        <source>{text}
The app will now close.</source>
        <translation type="unfinished">{text}
Bydd yr ap yn cau nawr.</translation>
    </message>
    <message>
        <source>Nothing was removed: your journal is open in another window of this app. Close that window, or lock the journal there, then try again.</source>
        <translation type="unfinished">Ni chafodd dim ei dynnu: mae eich dyddiadur ar agor mewn ffenestr arall o&apos;r ap hwn. Caewch y ffenestr honno, neu cloiwch y dyddiadur yno, yna rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>top left</source>
        <translation type="unfinished">ar y chwith ar y brig</translation>
    </message>
    <message>
        <source>top right</source>
        <translation type="unfinished">ar y dde ar y brig</translation>
    </message>
    <message>
        <source>press {v0}</source>
        <translation type="unfinished">pwyswch {v0}</translation>
    </message>
    <message>
        <source>press Shift 3 times</source>
        <translation type="unfinished">pwyswch Shift 3 gwaith</translation>
    </message>
    <message>
        <source>click Quick exit ({v0})</source>
        <translation type="unfinished">cliciwch Gadael yn gyflym ({v0})</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> neu </translation>
    </message>
    <message>
        <source>To hide this app at once: </source>
        <translation type="unfinished">I guddio’r ap hwn ar unwaith: </translation>
    </message>
</context>
<context>
    <name>guidance_page</name>
    <message>
        <source> (under 18)</source>
        <translation type="unfinished"> (o dan 18)</translation>
    </message>
    <message>
        <source> (18 or over)</source>
        <translation type="unfinished"> (18 oed neu hŷn)</translation>
    </message>
    <message>
        <source>&lt;h3 id=&quot;who-to-call&quot;&gt;Who to call&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;{v0}&quot;&gt;Choose where you are&lt;/a&gt; to see the numbers for your area here, or see all &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3 id=&quot;who-to-call&quot;&gt;Pwy i’w ffonio&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;{v0}&quot;&gt;Dewiswch ble rydych chi&lt;/a&gt; i weld y rhifau ar gyfer eich ardal yma, neu gweler yr holl &lt;a href=&quot;app:contacts&quot;&gt;Gysylltiadau&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;More services: &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;Mwy o wasanaethau: &lt;a href=&quot;app:contacts&quot;&gt;Cysylltiadau&lt;/a&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This app has no numbers for this yet where you live. Contact your local police. More services: &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Does gan yr ap hwn ddim rhifau ar gyfer hyn lle rydych chi’n byw eto. Cysylltwch â’ch heddlu lleol. Mwy o wasanaethau: &lt;a href=&quot;app:contacts&quot;&gt;Cysylltiadau&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> in {v0}</source>
        <translation type="unfinished"> ({v0})</translation>
    </message>
    <message>
        <source>&lt;h3 id=&quot;who-to-call&quot;&gt;Who to call{where}&lt;/h3&gt;{body}</source>
        <translation type="unfinished">&lt;h3 id=&quot;who-to-call&quot;&gt;Pwy i’w ffonio{where}&lt;/h3&gt;{body}</translation>
    </message>
</context>
<context>
    <name>handouts</name>
    <message>
        <source>For everyone</source>
        <translation type="unfinished">I bawb</translation>
    </message>
    <message>
        <source>If you are 18 or over</source>
        <translation type="unfinished">Os ydych chi’n 18 oed neu’n hŷn</translation>
    </message>
    <message>
        <source>If you are under 18</source>
        <translation type="unfinished">Os ydych chi o dan 18</translation>
    </message>
    <message>
        <source>As published by the services; last reviewed {v0}. </source>
        <translation type="unfinished">Fel mae’r gwasanaethau wedi’u cyhoeddi; adolygwyd ddiwethaf {v0}. </translation>
    </message>
    <message>
        <source>Help and support: {v0}</source>
        <translation type="unfinished">Help a chymorth: {v0}</translation>
    </message>
    <message>
        <source>If a number does not work, look at the service&apos;s website.</source>
        <translation type="unfinished">Os nad yw rhif yn gweithio, edrychwch ar wefan y gwasanaeth.</translation>
    </message>
    <message>
        <source> There are more services in this app, under Contacts.</source>
        <translation type="unfinished"> Mae mwy o wasanaethau yn yr ap hwn, o dan Cysylltiadau.</translation>
    </message>
    <message>
        <source>There are no other services for this choice.</source>
        <translation type="unfinished">Does dim gwasanaethau eraill ar gyfer y dewis hwn.</translation>
    </message>
</context>
<context>
    <name>help_first</name>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now? Call {v0}.&lt;/strong&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;Mewn perygl nawr? Ffoniwch {v0}.&lt;/strong&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now? Call your local emergency number&lt;/strong&gt;, or go to the nearest police station.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;Mewn perygl nawr? Ffoniwch eich rhif argyfwng lleol&lt;/strong&gt;, neu ewch i’r orsaf heddlu agosaf.&lt;/p&gt;</translation>
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
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;Mewn perygl nawr?&lt;/strong&gt; Ffoniwch y rhif argyfwng lle rydych chi: {parts}; unrhyw le arall: eich rhif lleol.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cannot speak on the phone? On a mobile, call 999 and press &lt;strong&gt;55&lt;/strong&gt; when asked. Or see &lt;a href=&quot;{DEAF_ACCESS}&quot;&gt;police help for deaf or speech-impaired people&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Methu siarad ar y ffôn? Ar ffôn symudol, ffoniwch 999 a phwyswch &lt;strong&gt;55&lt;/strong&gt; pan fydd yn gofyn. Neu gweler &lt;a href=&quot;{DEAF_ACCESS}&quot;&gt;help yr heddlu i bobl fyddar neu â nam ar eu lleferydd&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Showing help for: no place chosen</source>
        <translation type="unfinished">Yn dangos help ar gyfer: dim lle wedi’i ddewis</translation>
    </message>
    <message>
        <source>Showing help for: {v0}</source>
        <translation type="unfinished">Yn dangos help ar gyfer: {v0}</translation>
    </message>
    <message>
        <source> (a guess from this computer’s settings)</source>
        <translation type="unfinished"> (dyfalu o osodiadau’r cyfrifiadur hwn)</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Where are you? &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Choose a place&lt;/a&gt; to see its numbers.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Ble rydych chi? &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Dewiswch le&lt;/a&gt; i weld ei rifau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Showing help for: {v0}{guess}. &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Change&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Yn dangos help ar gyfer: {v0}{guess}. &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Newid&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished">Ble rydych chi?</translation>
    </message>
</context>
<context>
    <name>icons</name>
    <message>
        <source>Leaf</source>
        <translation type="unfinished">Deilen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished">Tudalen</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished">Cylch</translation>
    </message>
</context>
<context>
    <name>journal_kept</name>
    <message>
        <source>To get back to it: in Settings, choose “I&apos;m looking for help for myself” under “Who is using this?”, or untick “Guest sessions”. The Journal area then shows your journal again.</source>
        <translation type="unfinished">I fynd yn ôl ato: yn y Gosodiadau, dewiswch “Rydw i’n chwilio am help i mi fy hun” o dan “Pwy sy’n defnyddio hwn?”, neu dad-diciwch “Sesiynau gwestai”. Yna bydd yr adran Dyddiadur yn dangos eich dyddiadur eto.</translation>
    </message>
    <message>
        <source>Switch on guest sessions?</source>
        <translation type="unfinished">Troi sesiynau gwestai ymlaen?</translation>
    </message>
    <message>
        <source>There is a personal journal on this computer.

“I&apos;m a support worker” switches on guest sessions: each visit is forgotten, and the Journal area shows a take-away journal instead of the journal on this computer.

Your journal is kept. Nothing in it is deleted or changed; it stays locked on this computer.</source>
        <translation type="unfinished">Mae dyddiadur personol ar y cyfrifiadur hwn.

Mae “Gweithiwr cymorth ydw i” yn troi sesiynau gwestai ymlaen: mae pob ymweliad yn cael ei anghofio, ac mae’r adran Dyddiadur yn dangos dyddiadur i fynd gyda chi yn lle’r dyddiadur ar y cyfrifiadur hwn.

Mae eich dyddiadur yn cael ei gadw. Does dim byd ynddo’n cael ei ddileu na’i newid; mae’n aros wedi’i gloi ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Switch on guest sessions</source>
        <translation type="unfinished">Troi sesiynau gwestai ymlaen</translation>
    </message>
    <message>
        <source>Keep things as they are</source>
        <translation type="unfinished">Cadw pethau fel maen nhw</translation>
    </message>
    <message>
        <source>A personal journal exists on this computer. It is kept, locked and unchanged; it is not shown during guest sessions.</source>
        <translation type="unfinished">Mae dyddiadur personol ar y cyfrifiadur hwn. Mae’n cael ei gadw, wedi’i gloi a heb ei newid; nid yw’n cael ei ddangos yn ystod sesiynau gwestai.</translation>
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
        <translation type="unfinished">Wrthi’n gweithio, arhoswch</translation>
    </message>
</context>
<context>
    <name>language_choice</name>
    <message>
        <source>The computer&apos;s language ({name})</source>
        <translation type="unfinished">Iaith y cyfrifiadur ({name})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished">Wedi copïo ✓</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished">{items}, {last}</translation>
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
        <translation type="unfinished">Gweithiwr cymorth</translation>
    </message>
    <message>
        <source>Guest session. Nothing from this visit is saved on this computer.</source>
        <translation type="unfinished">Sesiwn gwestai. Does dim byd o’r ymweliad hwn yn cael ei gadw ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Guest session. A handout saved here is still on this computer (End session can delete it).</source>
        <translation type="unfinished">Sesiwn gwestai. Mae taflen a gafodd ei chadw yma yn dal ar y cyfrifiadur hwn (gall Gorffen y sesiwn ei dileu).</translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit. Ready for the next person.</source>
        <translation type="unfinished">Mae’r sesiwn wedi gorffen. Mae’r ap wedi anghofio’r ymweliad hwnnw. Yn barod ar gyfer y person nesaf.</translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit, and the saved handout is deleted. Ready for the next person.</source>
        <translation type="unfinished">Mae’r sesiwn wedi gorffen. Mae’r ap wedi anghofio’r ymweliad hwnnw, ac mae’r daflen a gafodd ei chadw wedi’i dileu. Yn barod ar gyfer y person nesaf.</translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit. The handout is still saved at: {where}</source>
        <translation type="unfinished">Mae’r sesiwn wedi gorffen. Mae’r ap wedi anghofio’r ymweliad hwnnw. Mae’r daflen yn dal wedi’i chadw yn: {where}</translation>
    </message>
    <message>
        <source>Session ended, but this handout was not deleted. Please check it and delete it yourself if it is the handout: {where}</source>
        <translation type="unfinished">Mae’r sesiwn wedi gorffen, ond chafodd y daflen hon mo’i dileu. Gwiriwch hi a’i dileu eich hun os mai’r daflen yw hi: {where}</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished">Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Shows the letters you type. Make sure nobody is looking.</source>
        <translation type="unfinished">Mae’n dangos y llythrennau rydych chi’n eu teipio. Gwnewch yn siŵr nad oes neb yn edrych.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished">Arhoswch</translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished">Nid yw’r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>This passphrase is rated “{v0}”. Anyone who gets a copy of the journal file could try passphrases like it very fast, and might guess it. {v1}</source>
        <translation type="unfinished">Sgôr y cyfrinymadrodd hwn yw “{v0}”. Gallai unrhyw un sy’n cael copi o ffeil y dyddiadur drio cyfrinymadroddion tebyg yn gyflym iawn, a gallai ei ddyfalu. {v1}</translation>
    </message>
    <message>
        <source>Use a weak passphrase?</source>
        <translation type="unfinished">Defnyddio cyfrinymadrodd gwan?</translation>
    </message>
    <message>
        <source>

You can still use it. You can change it later under Change passphrase.</source>
        <translation type="unfinished">

Gallwch ei ddefnyddio o hyd. Gallwch ei newid yn nes ymlaen o dan Newid y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation type="unfinished">Ei ddefnyddio beth bynnag</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation type="unfinished">Dewis un arall</translation>
    </message>
    <message>
        <source>Making your backup…</source>
        <translation type="unfinished">Yn gwneud eich copi wrth gefn…</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation type="unfinished">Heb wneud copi wrth gefn</translation>
    </message>
    <message>
        <source>The backup could not be written there.</source>
        <translation type="unfinished">Doedd dim modd ysgrifennu’r copi wrth gefn yno.</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished">Copi wrth gefn wedi’i wneud</translation>
    </message>
    <message>
        <source>Your backup is saved as “{v0}”. It is encrypted and opens only with your passphrase. Keep it somewhere safe, like a USB stick only you use.</source>
        <translation type="unfinished">Mae eich copi wrth gefn wedi’i gadw fel “{v0}”. Mae wedi’i amgryptio ac yn agor gyda’ch cyfrinymadrodd yn unig. Cadwch ef yn rhywle diogel, fel cof bach USB rydych chi’n unig yn ei ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">Cadw fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there ({v0}). Please try another folder.</source>
        <translation type="unfinished">Doedd dim modd cadw’r PDF yno ({v0}). Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <source>the folder could not be used</source>
        <translation type="unfinished">nid oedd modd defnyddio’r ffolder</translation>
    </message>
    <message>
        <source>Help and support: {region_label}</source>
        <translation type="unfinished">Help a chymorth: {region_label}</translation>
    </message>
    <message>
        <source>&lt;p&gt;There are no other contacts for this choice.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Does dim cysylltiadau eraill ar gyfer y dewis hwn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;Details as published by each service; last reviewed {reviewed}. Services can change: if a number does not work, look at the service&apos;s website.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p class=&apos;meta&apos;&gt;Manylion fel mae pob gwasanaeth wedi’u cyhoeddi; adolygwyd ddiwethaf {reviewed}. Gall gwasanaethau newid: os nad yw rhif yn gweithio, edrychwch ar wefan y gwasanaeth.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>the file is too large to show here</source>
        <translation type="unfinished">mae&apos;r ffeil yn rhy fawr i&apos;w dangos yma</translation>
    </message>
    <message>
        <source>the file could not be read as an image</source>
        <translation type="unfinished">nid oedd modd darllen y ffeil fel llun</translation>
    </message>
    <message>
        <source>the image is too large to show here</source>
        <translation type="unfinished">mae&apos;r llun yn rhy fawr i&apos;w ddangos yma</translation>
    </message>
    <message>
        <source>the image is damaged or in a form the app cannot show</source>
        <translation type="unfinished">mae&apos;r llun wedi&apos;i ddifrodi, neu mewn ffurf na all yr ap ei dangos</translation>
    </message>
    <message>
        <source>the image could not be prepared for the page</source>
        <translation type="unfinished">nid oedd modd paratoi&apos;r llun ar gyfer y dudalen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">anhysbys</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished">{first} i {last}</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished">dim cofnodion</translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished">y dechrau</translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished">y diwedd</translation>
    </message>
    <message>
        <source>{span} (chosen: {start} to {end})</source>
        <translation type="unfinished">{span} (a ddewiswyd: {start} i {end})</translation>
    </message>
    <message>
        <source>{span} (chosen entries only)</source>
        <translation type="unfinished">{span} (dim ond y cofnodion a ddewiswyd)</translation>
    </message>
    <message>
        <source>{span} (every entry)</source>
        <translation type="unfinished">{span} (pob cofnod)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished">Paratowyd gan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Cyswllt</translation>
    </message>
    <message>
        <source>Incidents dated</source>
        <translation type="unfinished">Dyddiadau&apos;r digwyddiadau</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished">Nifer y cofnodion</translation>
    </message>
    <message>
        <source>{total} in total; {included} included in this export</source>
        <translation type="unfinished">{total} i gyd; {included} yn yr allforio hwn</translation>
    </message>
    <message>
        <source>, {left_out} left out (listed by name and fingerprint only)</source>
        <translation type="unfinished">, {left_out} wedi&apos;u gadael allan (dim ond eu henw a&apos;u hôl bys sydd yma)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished">Ffeiliau atodedig</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation type="unfinished">Adroddiad wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished">Fersiwn yr ap</translation>
    </message>
    <message>
        <source>Journal ID</source>
        <translation type="unfinished">ID y dyddiadur</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Hanes</translation>
    </message>
    <message>
        <source>Incident record</source>
        <translation type="unfinished">Cofnod o ddigwyddiadau</translation>
    </message>
    <message>
        <source>Fingerprint of this export</source>
        <translation type="unfinished">Ôl bys yr allforio hwn</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of &lt;b&gt;manifest.json&lt;/b&gt; (the list of every entry and file in this export, with their own fingerprints) is:</source>
        <translation type="unfinished">Ôl bys SHA-256 &lt;b&gt;manifest.json&lt;/b&gt; (y rhestr o bob cofnod a ffeil yn yr allforio hwn, gyda&apos;u holion bys eu hunain) yw:</translation>
    </message>
    <message>
        <source>Anyone can check that the files in the ZIP have not been changed since this report was made. README.txt in the ZIP says how, with standard tools. If the files are changed, their fingerprints no longer match.</source>
        <translation type="unfinished">Gall unrhyw un wirio nad yw&apos;r ffeiliau yn y ZIP wedi newid ers gwneud yr adroddiad hwn. Mae README.txt yn y ZIP yn dweud sut, gydag offer safonol. Os bydd y ffeiliau&apos;n newid, ni fydd eu holion bys yn cyfateb mwyach.</translation>
    </message>
    <message>
        <source>The export is signed with the journal&apos;s own key, whose short fingerprint is the &lt;b&gt;Journal ID&lt;/b&gt; (the same on every export of this journal): the same journal made it, and nothing changed after signing. Not shown: when things happened, or that what was written is true.</source>
        <translation type="unfinished">Mae&apos;r allforio wedi&apos;i lofnodi gydag allwedd y dyddiadur ei hun. Ôl bys byr yr allwedd yw&apos;r &lt;b&gt;ID y dyddiadur&lt;/b&gt; (yr un fath ar bob allforio o&apos;r dyddiadur hwn). Mae&apos;n dangos mai&apos;r un dyddiadur a&apos;i gwnaeth, ac na newidiodd dim ar ôl ei lofnodi. Nid yw&apos;n dangos pryd digwyddodd pethau, na bod yr hyn a ysgrifennwyd yn wir.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished">Am yr adroddiad hwn</translation>
    </message>
    <message>
        <source>This report was saved on its own, without the ZIP bundle of original files. Each attached file&apos;s SHA-256 fingerprint is listed so the original can be checked later.</source>
        <translation type="unfinished">Cafodd yr adroddiad hwn ei gadw ar ei ben ei hun, heb fwndel ZIP y ffeiliau gwreiddiol. Mae ôl bys SHA-256 pob ffeil atodedig wedi&apos;i restru, fel bod modd gwirio&apos;r gwreiddiol yn nes ymlaen.</translation>
    </message>
    <message>
        <source>A record of incidents, written down by the person they happened to (or someone helping them) at the time, with the files they saved.</source>
        <translation type="unfinished">Cofnod o ddigwyddiadau. Cafodd ei ysgrifennu ar y pryd gan y person a gafodd ei effeithio (neu rywun sy&apos;n helpu), gyda&apos;r ffeiliau a gadwyd.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation type="unfinished">Sut i ddarllen yr adroddiad hwn</translation>
    </message>
    <message>
        <source>Next comes a timeline of every entry, with a short extract of what happened, then a list of every account, number and web address in the entries. Then each entry follows in full, with the history of when it was written and changed, and its attached files. Times come from the clock of the computer the notes were kept on. A character that cannot be seen, or that changes the direction of the text around it, is shown as its code in brackets, such as [U+202E], wherever it was written.</source>
        <translation type="unfinished">Nesaf mae llinell amser o bob cofnod, gyda darn byr o&apos;r hyn a ddigwyddodd. Yna mae rhestr o bob cyfrif, rhif a chyfeiriad gwe yn y cofnodion. Yna daw pob cofnod yn llawn, gyda hanes pryd y cafodd ei ysgrifennu a&apos;i newid, a&apos;i ffeiliau atodedig. Daw&apos;r amseroedd o gloc y cyfrifiadur lle cadwyd y nodiadau. Mae nod na ellir ei weld, neu sy&apos;n newid cyfeiriad y testun o&apos;i gwmpas, i&apos;w weld fel ei god mewn cromfachau, fel [U+202E], lle bynnag y cafodd ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{count} linked records since {date} (custody.json)</source>
        <translation type="unfinished">{count} cofnod cysylltiedig ers {date} (custody.json)</translation>
    </message>
    <message>
        <source>{count} linked records (custody.json)</source>
        <translation type="unfinished">{count} cofnod cysylltiedig (custody.json)</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Platform and account</source>
        <translation type="unfinished">Platfform a chyfrif</translation>
    </message>
    <message>
        <source>Reported to, reference</source>
        <translation type="unfinished">Rhoddwyd gwybod i, cyfeirnod</translation>
    </message>
    <message>
        <source>(in full below)</source>
        <translation type="unfinished">(yn llawn isod)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished">Cyfrif</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Cyfeirnod</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished">(dim disgrifiad)</translation>
    </message>
    <message>
        <source>{label} in entry {number}:</source>
        <translation type="unfinished">{label} yng nghofnod {number}:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Llinell amser</translation>
    </message>
    <message>
        <source>Every entry in this report, oldest first. Times are local time ({zone} when this report was made); each entry in full gives the exact time and time zone.</source>
        <translation type="unfinished">Pob cofnod yn yr adroddiad hwn, yr hynaf yn gyntaf. Amser lleol yw&apos;r amseroedd ({zone} pan wnaed yr adroddiad hwn). Mae pob cofnod llawn yn rhoi&apos;r union amser a&apos;r gylchfa amser.</translation>
    </message>
    <message>
        <source>No entries were chosen.</source>
        <translation type="unfinished">Ni ddewiswyd unrhyw gofnodion.</translation>
    </message>
    <message>
        <source>Accounts, numbers and web addresses</source>
        <translation type="unfinished">Cyfrifon, rhifau a chyfeiriadau gwe</translation>
    </message>
    <message>
        <source>Each account, phone number, email address, web address and report reference written in these entries, listed once, with the numbers of the entries it appears in (as in the timeline). They are copied exactly as they were written down.</source>
        <translation type="unfinished">Pob cyfrif, rhif ffôn, cyfeiriad e-bost, cyfeiriad gwe a chyfeirnod adroddiad yn y cofnodion hyn. Mae pob un wedi&apos;i restru unwaith, gyda rhifau&apos;r cofnodion y mae ynddynt (fel yn y llinell amser). Maen nhw wedi&apos;u copïo yn union fel y cawsant eu hysgrifennu.</translation>
    </message>
    <message>
        <source>No accounts, numbers or web addresses were written in these entries.</source>
        <translation type="unfinished">Does dim cyfrifon, rhifau na chyfeiriadau gwe yn y cofnodion hyn.</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished">Rhoddwyd gwybod i</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">Platfform</translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished">Fel y&apos;i hysgrifennwyd</translation>
    </message>
    <message>
        <source>In entries</source>
        <translation type="unfinished">Yn y cofnodion</translation>
    </message>
    <message>
        <source>(above)</source>
        <translation type="unfinished">(uchod)</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation type="unfinished">cyfeirnod {reference}</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished">Ffeil wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation type="unfinished">Ffeil wedi&apos;i thynnu</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Pryd digwyddodd</translation>
    </message>
    <message>
        <source>Platform or channel</source>
        <translation type="unfinished">Platfform neu sianel</translation>
    </message>
    <message>
        <source>Account involved</source>
        <translation type="unfinished">Y cyfrif dan sylw</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished">Dolen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished">Dolenni</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished">Beth wnaethon nhw ei fynnu</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Tagiau</translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation type="unfinished">ID y cofnod</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (in full):</source>
        <translation type="unfinished">&lt;b&gt;{label}&lt;/b&gt; (yn llawn):</translation>
    </message>
    <message>
        <source>(no description written)</source>
        <translation type="unfinished">(ni ysgrifennwyd disgrifiad)</translation>
    </message>
    <message>
        <source>Entry {number} of {count}: {when}</source>
        <translation type="unfinished">Cofnod {number} o {count}: {when}</translation>
    </message>
    <message>
        <source>Emoji and symbols in this text, in words (they may not print or copy well):</source>
        <translation type="unfinished">Emoji a symbolau yn y testun hwn, mewn geiriau (efallai na fyddan nhw&apos;n argraffu nac yn copïo&apos;n dda):</translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation type="unfinished">Hanes y cofnod hwn</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation type="unfinished">Does dim hanes wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Attached files ({count})</source>
        <translation type="unfinished">Ffeiliau atodedig ({count})</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation type="unfinished">Maint: {size}</translation>
    </message>
    <message>
        <source>Added: {when}</source>
        <translation type="unfinished">Ychwanegwyd: {when}</translation>
    </message>
    <message>
        <source>In the ZIP as: {name}</source>
        <translation type="unfinished">Yn y ZIP fel: {name}</translation>
    </message>
    <message>
        <source>Not included: {reason}</source>
        <translation type="unfinished">Heb ei chynnwys: {reason}</translation>
    </message>
    <message>
        <source>Picture: shown below (the original is {width} × {height} pixels)</source>
        <translation type="unfinished">Llun: i&apos;w weld isod (mae&apos;r gwreiddiol yn {width} × {height} picsel)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished">Ôl bys SHA-256:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This image could not be shown:&lt;/b&gt; {reason}. The original file is in the ZIP with SHA-256 {sha256}.</source>
        <translation type="unfinished">&lt;b&gt;Nid oedd modd dangos y llun hwn:&lt;/b&gt; {reason}. Mae&apos;r ffeil wreiddiol yn y ZIP, gyda SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This image could not be shown:&lt;/b&gt; {reason}. The original file is listed above with SHA-256 {sha256}.</source>
        <translation type="unfinished">&lt;b&gt;Nid oedd modd dangos y llun hwn:&lt;/b&gt; {reason}. Mae&apos;r ffeil wreiddiol wedi&apos;i rhestru uchod, gyda SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>Incident record, made {when}</source>
        <translation type="unfinished">Cofnod o ddigwyddiadau, wedi&apos;i wneud {when}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished">Tudalen {number} o {count}</translation>
    </message>
    <message>
        <source>attached files were left out of this export</source>
        <translation type="unfinished">gadawyd ffeiliau atodedig allan o&apos;r allforio hwn</translation>
    </message>
    <message>
        <source>photos and videos were left out of this export</source>
        <translation type="unfinished">gadawyd lluniau a fideos allan o&apos;r allforio hwn</translation>
    </message>
</context>
<context>
    <name>settings_page</name>
    <message>
        <source>Please choose one key.</source>
        <translation type="unfinished">Dewiswch un fysell.</translation>
    </message>
    <message>
        <source>Please choose a key, not only Shift, Ctrl or Alt.</source>
        <translation type="unfinished">Dewiswch fysell, nid dim ond Shift, Ctrl neu Alt.</translation>
    </message>
    <message>
        <source>That key is used for typing. Choose a key like F12, or hold Ctrl or Alt with it.</source>
        <translation type="unfinished">Mae’r fysell honno’n cael ei defnyddio i deipio. Dewiswch fysell fel F12, neu daliwch Ctrl neu Alt gyda hi.</translation>
    </message>
    <message>
        <source>Ctrl with that key is used for copy, paste and other everyday things. Please choose another.</source>
        <translation type="unfinished">Mae Ctrl gyda’r fysell honno’n cael ei defnyddio i gopïo, gludo a phethau bob dydd eraill. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>Ctrl and a number already move between sections. Please choose another key.</source>
        <translation type="unfinished">Mae Ctrl a rhif eisoes yn symud rhwng adrannau. Dewiswch fysell arall.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">Platfform</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished">Ffeiliau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Neges</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished">Bygythiad</translation>
    </message>
    <message>
        <source>Images shared</source>
        <translation type="unfinished">Lluniau wedi’u rhannu</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished">Galw</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Arall</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation type="unfinished">(dim byd wedi’i ysgrifennu eto)</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <comment>%n file</comment>
        <translation type="unfinished">
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>it has no name</source>
        <translation type="unfinished">does ganddi ddim enw</translation>
    </message>
    <message>
        <source>its name is far too long</source>
        <translation type="unfinished">mae ei henw&apos;n llawer rhy hir</translation>
    </message>
    <message>
        <source>its name holds control, invisible or direction-changing characters</source>
        <translation type="unfinished">mae ei henw&apos;n dal nodau rheoli, anweledig neu sy&apos;n newid cyfeiriad</translation>
    </message>
    <message>
        <source>its name holds a backslash (a folder separator on Windows)</source>
        <translation type="unfinished">mae ei henw&apos;n dal slaes ôl (gwahanydd ffolderi ar Windows)</translation>
    </message>
    <message>
        <source>its name is an absolute path or holds a colon</source>
        <translation type="unfinished">mae ei henw&apos;n llwybr absoliwt neu&apos;n dal colon</translation>
    </message>
    <message>
        <source>it is nested in far too many folders</source>
        <translation type="unfinished">mae wedi&apos;i nythu mewn llawer gormod o ffolderi</translation>
    </message>
    <message>
        <source>its name climbs out of the folder or has an empty part</source>
        <translation type="unfinished">mae ei henw&apos;n dringo allan o&apos;r ffolder neu mae ganddo ran wag</translation>
    </message>
    <message>
        <source>its name ends in a dot or a space (Windows would drop them)</source>
        <translation type="unfinished">mae ei henw&apos;n gorffen gyda dot neu fwlch (byddai Windows yn eu gollwng)</translation>
    </message>
    <message>
        <source>its name is reserved on Windows</source>
        <translation type="unfinished">mae ei henw wedi&apos;i gadw ar Windows</translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name, which was not opened ({why}): {name}.</source>
        <translation type="unfinished">Mae&apos;r bwndel yn dal ffeil ag enw anniogel, na chafodd ei hagor ({why}): {name}.</translation>
    </message>
    <message>
        <source>The name {name} appears {count} times in the bundle, so it is not clear which one is meant. None of them was opened.</source>
        <translation type="unfinished">Mae&apos;r enw {name} yn ymddangos {count} gwaith yn y bwndel, felly nid yw&apos;n glir pa un a olygir. Ni chafodd yr un ohonyn nhw ei agor.</translation>
    </message>
    <message>
        <source>These names would be the same file on Windows or macOS (capital letters, accents or a trailing dot or space): {names}. None of them was opened.</source>
        <translation type="unfinished">Byddai&apos;r enwau hyn yr un ffeil ar Windows neu macOS (priflythrennau, acenion, neu ddot neu fwlch ar y diwedd): {names}. Ni chafodd yr un ohonyn nhw ei agor.</translation>
    </message>
    <message>
        <source>It is not a file: it is a device, a pipe or another special file, so it was not read.</source>
        <translation type="unfinished">Nid ffeil yw hi: dyfais, pibell neu ffeil arbennig arall yw hi, felly ni chafodd ei darllen.</translation>
    </message>
    <message>
        <source>The ZIP holds bytes that are not one of the files in its list ({where}). Other ZIP programs could show different files from those bytes (a second report.pdf, say), so the bundle was not checked.</source>
        <translation type="unfinished">Mae&apos;r ZIP yn dal beitiau nad ydyn nhw&apos;n un o&apos;r ffeiliau yn ei restr ({where}). Gallai rhaglenni ZIP eraill ddangos ffeiliau gwahanol o&apos;r beitiau hynny (ail report.pdf, er enghraifft), felly ni chafodd y bwndel ei wirio.</translation>
    </message>
    <message>
        <source>It is not a ZIP file, or it is too damaged to open.</source>
        <translation type="unfinished">Nid ffeil ZIP yw hi, neu mae wedi&apos;i difrodi gormod i&apos;w hagor.</translation>
    </message>
    <message>
        <source>its ZIP64 end record is not where it says</source>
        <translation type="unfinished">nid yw ei gofnod diwedd ZIP64 lle mae&apos;n dweud</translation>
    </message>
    <message>
        <source>It says it holds {count:,} files, far too many to be an evidence bundle (at most {limit:,}). It was not opened.</source>
        <translation type="unfinished">Mae&apos;n dweud ei fod yn dal {count:,} ffeil, llawer gormod i fod yn fwndel tystiolaeth (dim mwy na {limit:,}). Ni chafodd ei agor.</translation>
    </message>
    <message>
        <source>Its list of files is far larger than an evidence bundle&apos;s could be. It was not opened.</source>
        <translation type="unfinished">Mae ei restr ffeiliau&apos;n llawer mwy nag y gallai rhestr bwndel tystiolaeth fod. Ni chafodd ei hagor.</translation>
    </message>
    <message>
        <source>It holds more than {limit:,} files, far too many to be an evidence bundle. It was not opened.</source>
        <translation type="unfinished">Mae&apos;n dal mwy na {limit:,} ffeil, llawer gormod i fod yn fwndel tystiolaeth. Ni chafodd ei agor.</translation>
    </message>
    <message>
        <source>after its end: a comment or extra bytes</source>
        <translation type="unfinished">ar ôl ei diwedd: sylw neu feitiau ychwanegol</translation>
    </message>
    <message>
        <source>inside its list of files</source>
        <translation type="unfinished">y tu mewn i&apos;w rhestr ffeiliau</translation>
    </message>
    <message>
        <source>before its first file: another ZIP or other data in front</source>
        <translation type="unfinished">cyn ei ffeil gyntaf: ZIP arall neu ddata arall o&apos;i blaen</translation>
    </message>
    <message>
        <source>a file in its list is on another disk</source>
        <translation type="unfinished">mae ffeil yn ei restr ar ddisg arall</translation>
    </message>
    <message>
        <source>a file in its list has no header where the list says</source>
        <translation type="unfinished">does gan ffeil yn ei restr ddim pennawd lle mae&apos;r rhestr yn dweud</translation>
    </message>
    <message>
        <source>a file&apos;s own header does not match its line in the list of files</source>
        <translation type="unfinished">nid yw pennawd ffeil ei hun yn cyfateb i&apos;w linell yn y rhestr ffeiliau</translation>
    </message>
    <message>
        <source>a file&apos;s own header gives other sizes than the list of files</source>
        <translation type="unfinished">mae pennawd ffeil ei hun yn rhoi meintiau gwahanol i&apos;r rhestr ffeiliau</translation>
    </message>
    <message>
        <source>a stored file whose length only its list of files gives</source>
        <translation type="unfinished">ffeil wedi&apos;i storio y mae ei hyd i&apos;w gael yn y rhestr ffeiliau yn unig</translation>
    </message>
    <message>
        <source>before its first file</source>
        <translation type="unfinished">cyn ei ffeil gyntaf</translation>
    </message>
    <message>
        <source>between two of its files</source>
        <translation type="unfinished">rhwng dwy o&apos;i ffeiliau</translation>
    </message>
    <message>
        <source>where two of its files overlap</source>
        <translation type="unfinished">lle mae dwy o&apos;i ffeiliau&apos;n gorgyffwrdd</translation>
    </message>
    <message>
        <source>between its last file and its list of files</source>
        <translation type="unfinished">rhwng ei ffeil olaf a&apos;i restr ffeiliau</translation>
    </message>
    <message>
        <source>where its last file runs into its list of files</source>
        <translation type="unfinished">lle mae ei ffeil olaf yn rhedeg i mewn i&apos;w restr ffeiliau</translation>
    </message>
    <message>
        <source>a file&apos;s data descriptor does not match its line in the list of files</source>
        <translation type="unfinished">nid yw disgrifydd data ffeil yn cyfateb i&apos;w linell yn y rhestr ffeiliau</translation>
    </message>
    <message>
        <source>Its list of files holds a name that is not valid text (UTF-8), which the app never writes. It was not opened.</source>
        <translation type="unfinished">Mae ei restr ffeiliau&apos;n dal enw nad yw&apos;n destun dilys (UTF-8), rhywbeth nad yw&apos;r ap byth yn ei ysgrifennu. Ni chafodd ei agor.</translation>
    </message>
    <message>
        <source>It holds far too many files to be an evidence bundle.</source>
        <translation type="unfinished">Mae&apos;n dal llawer gormod o ffeiliau i fod yn fwndel tystiolaeth.</translation>
    </message>
    <message>
        <source>The bundle holds a link to another file, which was not followed: {name}.</source>
        <translation type="unfinished">Mae&apos;r bwndel yn dal dolen i ffeil arall, na chafodd ei dilyn: {name}.</translation>
    </message>
    <message>
        <source>{name} is password-protected, so it cannot be checked.</source>
        <translation type="unfinished">Mae {name} wedi&apos;i diogelu â chyfrinair, felly does dim modd ei gwirio.</translation>
    </message>
    <message>
        <source>The bundle holds a folder that no fingerprint covers: {name}.</source>
        <translation type="unfinished">Mae&apos;r bwndel yn dal ffolder nad oes ôl bys yn ei gynnwys: {name}.</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation type="unfinished">mae wedi&apos;i thorri&apos;n fyr</translation>
    </message>
    <message>
        <source>bytes are hidden after the end of its compressed data</source>
        <translation type="unfinished">mae beitiau wedi&apos;u cuddio ar ôl diwedd ei ddata cywasgedig</translation>
    </message>
    <message>
        <source>it holds more than its declared size</source>
        <translation type="unfinished">mae&apos;n dal mwy na&apos;i faint datganedig</translation>
    </message>
    <message>
        <source>its compressed data is broken</source>
        <translation type="unfinished">mae ei ddata cywasgedig wedi torri</translation>
    </message>
    <message>
        <source>The folder holds a link to another file, which was not followed: {name}.</source>
        <translation type="unfinished">Mae&apos;r ffolder yn dal dolen i ffeil arall, na chafodd ei dilyn: {name}.</translation>
    </message>
    <message>
        <source>The folder holds something that is not a file (a device or a pipe), which was not opened: {name}.</source>
        <translation type="unfinished">Mae&apos;r ffolder yn dal rhywbeth nad yw&apos;n ffeil (dyfais neu bibell), na chafodd ei agor: {name}.</translation>
    </message>
    <message>
        <source>The folder holds far too many files to be an evidence bundle.</source>
        <translation type="unfinished">Mae&apos;r ffolder yn dal llawer gormod o ffeiliau i fod yn fwndel tystiolaeth.</translation>
    </message>
    <message>
        <source>it is not a plain file any more</source>
        <translation type="unfinished">nid yw&apos;n ffeil blaen mwyach</translation>
    </message>
    <message>
        <source>{name} is far larger than it should be (over {size} MiB), so the bundle was not checked further.</source>
        <translation type="unfinished">Mae {name} yn llawer mwy nag y dylai fod (dros {size} MiB), felly ni chafodd y bwndel ei wirio ymhellach.</translation>
    </message>
    <message>
        <source>{name} is damaged inside the bundle and cannot be read ({why}).</source>
        <translation type="unfinished">Mae {name} wedi&apos;i ddifrodi y tu mewn i&apos;r bwndel a does dim modd ei ddarllen ({why}).</translation>
    </message>
    <message>
        <source>it is packed in a way this checker does not read</source>
        <translation type="unfinished">mae wedi&apos;i bacio mewn ffordd nad yw&apos;r gwiriwr hwn yn ei darllen</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation type="unfinished">mae wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>the drive could not be read</source>
        <translation type="unfinished">nid oedd modd darllen y gyriant</translation>
    </message>
    <message>
        <source>There is no file or folder there.</source>
        <translation type="unfinished">Does dim ffeil na ffolder yno.</translation>
    </message>
    <message>
        <source>The app is not allowed to read it.</source>
        <translation type="unfinished">Does dim caniatâd gan yr ap i&apos;w ddarllen.</translation>
    </message>
    <message>
        <source>That is not a path this computer can open.</source>
        <translation type="unfinished">Nid yw hwnnw&apos;n llwybr y gall y cyfrifiadur hwn ei agor.</translation>
    </message>
    <message>
        <source>The file could not be read. Check the drive and try again.</source>
        <translation type="unfinished">Nid oedd modd darllen y ffeil. Gwiriwch y gyriant a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{name} is not a public key the app writes, so the signature cannot be checked.</source>
        <translation type="unfinished">Nid yw {name} yn allwedd gyhoeddus y mae&apos;r ap yn ei hysgrifennu, felly does dim modd gwirio&apos;r llofnod.</translation>
    </message>
    <message>
        <source>{name} is not an Ed25519 key, so it is not one the app writes.</source>
        <translation type="unfinished">Nid allwedd Ed25519 yw {name}, felly nid yw&apos;n un y mae&apos;r ap yn ei hysgrifennu.</translation>
    </message>
    <message>
        <source>{name} is not a signature the app writes (it should be exactly {size}).</source>
        <translation type="unfinished">Nid yw {name} yn llofnod y mae&apos;r ap yn ei ysgrifennu (dylai fod yn union {size}).</translation>
    </message>
    <message>
        <source>The signature does not match: SHA256SUMS, its signature or the key was changed after the bundle was made.</source>
        <translation type="unfinished">Nid yw&apos;r llofnod yn cyfateb: cafodd SHA256SUMS, ei lofnod neu&apos;r allwedd eu newid ar ôl gwneud y bwndel.</translation>
    </message>
    <message>
        <source>{name} holds far more values than a custody log could, so it was not read.</source>
        <translation type="unfinished">Mae {name} yn dal llawer mwy o werthoedd nag y gallai log gwarchodaeth, felly ni chafodd ei ddarllen.</translation>
    </message>
    <message>
        <source>{name} is damaged (it is not readable JSON).</source>
        <translation type="unfinished">Mae {name} wedi&apos;i ddifrodi (nid yw&apos;n JSON darllenadwy).</translation>
    </message>
    <message>
        <source>{name} holds values a custody log cannot hold.</source>
        <translation type="unfinished">Mae {name} yn dal gwerthoedd na all log gwarchodaeth eu dal.</translation>
    </message>
    <message>
        <source>{name} is not a custody log the app writes.</source>
        <translation type="unfinished">Nid yw {name} yn log gwarchodaeth y mae&apos;r ap yn ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{name} does not agree with itself (its count or last hash).</source>
        <translation type="unfinished">Nid yw {name} yn cytuno ag ef ei hun (ei gyfrif neu ei hash olaf).</translation>
    </message>
    <message>
        <source>{name} hides the details of its first record, which names the journal.</source>
        <translation type="unfinished">Mae {name} yn cuddio manylion ei gofnod cyntaf, sy&apos;n enwi&apos;r dyddiadur.</translation>
    </message>
    <message>
        <source>{name} belongs to another journal than the key that signed the bundle.</source>
        <translation type="unfinished">Mae {name} yn perthyn i ddyddiadur gwahanol i&apos;r allwedd a lofnododd y bwndel.</translation>
    </message>
    <message>
        <source>manifest.json and {name} do not agree on the history (its length or last record): a record was added, removed or changed.</source>
        <translation type="unfinished">Nid yw manifest.json a {name} yn cytuno ar yr hanes (ei hyd neu ei gofnod olaf): cafodd cofnod ei ychwanegu, ei dynnu neu ei newid.</translation>
    </message>
    <message>
        <source>manifest.json names another journal than the key that signed the bundle.</source>
        <translation type="unfinished">Mae manifest.json yn enwi dyddiadur gwahanol i&apos;r allwedd a lofnododd y bwndel.</translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json is missing fields the history&apos;s content hash covers.</source>
        <translation type="unfinished">Mae cofnod {entry} yn manifest.json heb feysydd y mae hash cynnwys yr hanes yn eu cynnwys.</translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json does not match its own content hash: it was changed.</source>
        <translation type="unfinished">Nid yw cofnod {entry} yn manifest.json yn cyfateb i hash ei gynnwys ei hun: cafodd ei newid.</translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json is not what the history says it was when last saved.</source>
        <translation type="unfinished">Nid yw cofnod {entry} yn manifest.json yr hyn y mae&apos;r hanes yn dweud ydoedd pan gafodd ei gadw ddiwethaf.</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished">1 ffeil</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation type="unfinished">{count} ffeil</translation>
    </message>
    <message>
        <source>{name} could not be checked.</source>
        <translation type="unfinished">Nid oedd modd gwirio {name}.</translation>
    </message>
    <message>
        <source>{name}: DOES NOT MATCH. 1 problem found:</source>
        <translation type="unfinished">{name}: NID YW&apos;N CYFATEB. Cafwyd 1 broblem:</translation>
    </message>
    <message>
        <source>{name}: DOES NOT MATCH. {count} problems found:</source>
        <translation type="unfinished">{name}: NID YW&apos;N CYFATEB. Nifer y problemau: {count}</translation>
    </message>
    <message>
        <source>{files} matched.</source>
        <translation type="unfinished">Yn cyfateb: {files}.</translation>
    </message>
    <message>
        <source>{name}: OLDER FORMAT, PARTLY CHECKED. The report is not covered.</source>
        <translation type="unfinished">{name}: FFORMAT HŶN, WEDI&apos;I WIRIO&apos;N RHANNOL. Nid yw&apos;r adroddiad wedi&apos;i gynnwys.</translation>
    </message>
    <message>
        <source>This bundle was made by an older version of the app. Its fingerprint (the SHA-256 of manifest.json, on the cover of report.pdf) covers manifest.json and the files it lists: all {files} match.</source>
        <translation type="unfinished">Fersiwn hŷn o&apos;r ap a wnaeth y bwndel hwn. Mae ei ôl bys (SHA-256 manifest.json, ar glawr report.pdf) yn cynnwys manifest.json a&apos;r ffeiliau y mae&apos;n eu rhestru: maen nhw i gyd yn cyfateb ({files}).</translation>
    </message>
    <message>
        <source>report.pdf and README.txt are NOT covered by that fingerprint: they could have been changed or replaced without it showing. Compare the report with manifest.json before relying on it.</source>
        <translation type="unfinished">NID yw&apos;r ôl bys hwnnw&apos;n cynnwys report.pdf na README.txt: gallen nhw fod wedi newid neu gael eu disodli heb i hynny ddangos. Cymharwch yr adroddiad â manifest.json cyn dibynnu arno.</translation>
    </message>
    <message>
        <source>{name}: everything matches its fingerprint list.</source>
        <translation type="unfinished">{name}: mae popeth yn cyfateb i&apos;w restr olion bys.</translation>
    </message>
    <message>
        <source>All {files} listed in SHA256SUMS match it; none is missing and the bundle holds nothing else.</source>
        <translation type="unfinished">Mae&apos;r holl ffeiliau yn SHA256SUMS yn cyfateb iddo ({files}); does dim un ar goll a does dim byd arall yn y bwndel.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished">1 cofnod</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished">{count} cofnod</translation>
    </message>
    <message>
        <source>It holds {entries}, made {when}.</source>
        <translation type="unfinished">Mae&apos;n dal {entries}, wedi&apos;i wneud {when}.</translation>
    </message>
    <message>
        <source>It holds {entries}.</source>
        <translation type="unfinished">Mae&apos;n dal {entries}.</translation>
    </message>
    <message>
        <source>Fingerprint of this bundle (SHA-256 of SHA256SUMS):</source>
        <translation type="unfinished">Ôl bys y bwndel hwn (SHA-256 SHA256SUMS):</translation>
    </message>
    <message>
        <source>Fingerprint of this bundle (SHA-256 of manifest.json):</source>
        <translation type="unfinished">Ôl bys y bwndel hwn (SHA-256 manifest.json):</translation>
    </message>
    <message>
        <source>It is the fingerprint you gave.</source>
        <translation type="unfinished">Dyma&apos;r ôl bys a roesoch chi.</translation>
    </message>
    <message>
        <source>Compare it with the one on the cover page and the one noted when the bundle was made.</source>
        <translation type="unfinished">Cymharwch ef â&apos;r un ar y dudalen flaen a&apos;r un a nodwyd pan wnaed y bwndel.</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint noted when the bundle was made. If they differ, something in the bundle was changed, added or removed since.</source>
        <translation type="unfinished">Cymharwch ef â&apos;r ôl bys a nodwyd pan wnaed y bwndel. Os ydyn nhw&apos;n wahanol, cafodd rhywbeth yn y bwndel ei newid, ei ychwanegu neu ei dynnu ers hynny.</translation>
    </message>
    <message>
        <source>Fingerprint of manifest.json (printed on the cover of report.pdf): {sha256}</source>
        <translation type="unfinished">Ôl bys manifest.json (wedi&apos;i argraffu ar glawr report.pdf): {sha256}</translation>
    </message>
    <message>
        <source>This bundle is not signed (it was made by an older version of the app): only its fingerprint can show it is unchanged.</source>
        <translation type="unfinished">Nid yw&apos;r bwndel hwn wedi&apos;i lofnodi (fersiwn hŷn o&apos;r ap a&apos;i gwnaeth): dim ond ei ôl bys all ddangos nad yw wedi newid.</translation>
    </message>
    <message>
        <source>Journal ID of the key in the bundle: {journal_id}</source>
        <translation type="unfinished">ID dyddiadur yr allwedd yn y bwndel: {journal_id}</translation>
    </message>
    <message>
        <source>The journal&apos;s signature over SHA256SUMS is good.</source>
        <translation type="unfinished">Mae llofnod y dyddiadur ar SHA256SUMS yn dda.</translation>
    </message>
    <message>
        <source>Its custody log (custody.json) holds {count} linked records; none is missing, changed or out of order.</source>
        <translation type="unfinished">Mae ei log gwarchodaeth (custody.json) yn dal {count} cofnod cysylltiedig; does dim un ar goll, wedi newid nac allan o drefn.</translation>
    </message>
    <message>
        <source>It is the journal ID you gave: the same journal made this bundle, and nothing in it changed after it was signed.</source>
        <translation type="unfinished">Dyma&apos;r ID y dyddiadur a roesoch chi: yr un dyddiadur a wnaeth y bwndel hwn, ac ni newidiodd dim ynddo ar ôl ei lofnodi.</translation>
    </message>
    <message>
        <source>Compare the journal ID with one noted from the app or an earlier export. A good signature only proves something once the key is known to be the journal&apos;s.</source>
        <translation type="unfinished">Cymharwch ID y dyddiadur ag un a nodwyd o&apos;r ap neu o allforio cynharach. Dim ond pan wyddys mai allwedd y dyddiadur yw hi y mae llofnod da yn profi rhywbeth.</translation>
    </message>
    <message>
        <source>manifest.json holds far more values than an evidence bundle&apos;s could (over {limit:,}), so the bundle was not checked further.</source>
        <translation type="unfinished">Mae manifest.json yn dal llawer mwy o werthoedd nag y gallai bwndel tystiolaeth (dros {limit:,}), felly ni chafodd y bwndel ei wirio ymhellach.</translation>
    </message>
    <message>
        <source>manifest.json is damaged (it is not readable JSON).</source>
        <translation type="unfinished">Mae manifest.json wedi&apos;i ddifrodi (nid yw&apos;n JSON darllenadwy).</translation>
    </message>
    <message>
        <source>manifest.json is nested far too deeply to be an evidence bundle&apos;s.</source>
        <translation type="unfinished">Mae manifest.json wedi&apos;i nythu&apos;n llawer rhy ddwfn i fod yn perthyn i fwndel tystiolaeth.</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of an evidence bundle made by this app.</source>
        <translation type="unfinished">Nid yw manifest.json yn rhestr bwndel tystiolaeth a wnaed gan yr ap hwn.</translation>
    </message>
    <message>
        <source>manifest.json lists {name} twice.</source>
        <translation type="unfinished">Mae manifest.json yn rhestru {name} ddwywaith.</translation>
    </message>
    <message>
        <source>entry {entry}, attached file {file}</source>
        <translation type="unfinished">cofnod {entry}, ffeil atodedig {file}</translation>
    </message>
    <message>
        <source>manifest.json says {what} is included, but its list of files does not hold it.</source>
        <translation type="unfinished">Mae manifest.json yn dweud bod {what} wedi&apos;i gynnwys, ond nid yw yn ei restr ffeiliau.</translation>
    </message>
    <message>
        <source>manifest.json gives two different fingerprints or sizes for {name}.</source>
        <translation type="unfinished">Mae manifest.json yn rhoi dau ôl bys neu ddau faint gwahanol ar gyfer {name}.</translation>
    </message>
    <message>
        <source>manifest.json says {what} was left out, yet gives it a path in the bundle.</source>
        <translation type="unfinished">Mae manifest.json yn dweud bod {what} wedi&apos;i adael allan, ond mae&apos;n rhoi llwybr iddo yn y bwndel.</translation>
    </message>
    <message>
        <source>SHA256SUMS is damaged (it is not plain text).</source>
        <translation type="unfinished">Mae SHA256SUMS wedi&apos;i ddifrodi (nid yw&apos;n destun plaen).</translation>
    </message>
    <message>
        <source>SHA256SUMS does not end with a line break, so it is not in the form the app writes.</source>
        <translation type="unfinished">Nid yw SHA256SUMS yn gorffen gyda thoriad llinell, felly nid yw yn y ffurf y mae&apos;r ap yn ei hysgrifennu.</translation>
    </message>
    <message>
        <source>Line {line} of SHA256SUMS is not in the form the app writes.</source>
        <translation type="unfinished">Nid yw llinell {line} SHA256SUMS yn y ffurf y mae&apos;r ap yn ei hysgrifennu.</translation>
    </message>
    <message>
        <source>Line {line} of SHA256SUMS names a file that cannot be in a bundle because {why}: {name}.</source>
        <translation type="unfinished">Mae llinell {line} SHA256SUMS yn enwi ffeil na all fod mewn bwndel oherwydd {why}: {name}.</translation>
    </message>
    <message>
        <source>SHA256SUMS lists {name} twice.</source>
        <translation type="unfinished">Mae SHA256SUMS yn rhestru {name} ddwywaith.</translation>
    </message>
    <message>
        <source>The fingerprint you gave is not 64 characters 0-9 and a-f (spaces are fine).</source>
        <translation type="unfinished">Nid yw&apos;r ôl bys a roesoch chi yn 64 nod 0-9 ac a-f (mae bylchau&apos;n iawn).</translation>
    </message>
    <message>
        <source>The journal ID you gave is not 24 characters 0-9 and a-f (spaces are fine).</source>
        <translation type="unfinished">Nid yw&apos;r ID y dyddiadur a roesoch chi yn 24 nod 0-9 ac a-f (mae bylchau&apos;n iawn).</translation>
    </message>
    <message>
        <source>The bundle&apos;s fingerprint is not the one you gave ({fingerprint}): something in it was changed, added or removed after it was made.</source>
        <translation type="unfinished">Nid ôl bys y bwndel yw&apos;r un a roesoch chi ({fingerprint}): cafodd rhywbeth ynddo ei newid, ei ychwanegu neu ei dynnu ar ôl ei wneud.</translation>
    </message>
    <message>
        <source>The bundle is too large to check on this computer.</source>
        <translation type="unfinished">Mae&apos;r bwndel yn rhy fawr i&apos;w wirio ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The bundle could not be read ({why}). It may be damaged.</source>
        <translation type="unfinished">Nid oedd modd darllen y bwndel ({why}). Efallai ei fod wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>This bundle is not signed (it was made by an older version of the app), so the journal ID you gave cannot be checked. Check it with its fingerprint instead.</source>
        <translation type="unfinished">Nid yw&apos;r bwndel hwn wedi&apos;i lofnodi (fersiwn hŷn o&apos;r ap a&apos;i gwnaeth), felly does dim modd gwirio ID y dyddiadur a roesoch chi. Gwiriwch ef gyda&apos;i ôl bys yn lle hynny.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signing key could not be read, so the journal ID you gave cannot be checked.</source>
        <translation type="unfinished">Nid oedd modd darllen allwedd lofnodi&apos;r bwndel, felly does dim modd gwirio ID y dyddiadur a roesoch chi.</translation>
    </message>
    <message>
        <source>The bundle was signed by another journal (ID {journal_id}), not the one you gave ({expected}).</source>
        <translation type="unfinished">Cafodd y bwndel ei lofnodi gan ddyddiadur arall (ID {journal_id}), nid yr un a roesoch chi ({expected}).</translation>
    </message>
    <message>
        <source>The journal ID is the one you gave, but the signature does not match, so it proves nothing.</source>
        <translation type="unfinished">ID y dyddiadur yw&apos;r un a roesoch chi, ond nid yw&apos;r llofnod yn cyfateb, felly nid yw&apos;n profi dim.</translation>
    </message>
    <message>
        <source>There is no usable manifest.json in it, so it is not a complete evidence bundle.</source>
        <translation type="unfinished">Does dim manifest.json y gellir ei ddefnyddio ynddo, felly nid yw&apos;n fwndel tystiolaeth cyflawn.</translation>
    </message>
    <message>
        <source>manifest.json says the bundle was made in a format this version of the app does not know. Use a newer version to check it.</source>
        <translation type="unfinished">Mae manifest.json yn dweud bod y bwndel wedi&apos;i wneud mewn fformat nad yw&apos;r fersiwn hon o&apos;r ap yn ei adnabod. Defnyddiwch fersiwn mwy newydd i&apos;w wirio.</translation>
    </message>
    <message>
        <source>manifest.json is not in the expected form ({detail}), so the bundle cannot be checked.</source>
        <translation type="unfinished">Nid yw manifest.json yn y ffurf ddisgwyliedig ({detail}), felly does dim modd gwirio&apos;r bwndel.</translation>
    </message>
    <message>
        <source>{name} was not checked, because its name is unsafe or clashes with another (see above).</source>
        <translation type="unfinished">Ni chafodd {name} ei wirio, oherwydd bod ei enw&apos;n anniogel neu&apos;n gwrthdaro ag un arall (gweler uchod).</translation>
    </message>
    <message>
        <source>{name} is missing from the bundle.</source>
        <translation type="unfinished">Mae {name} ar goll o&apos;r bwndel.</translation>
    </message>
    <message>
        <source>{name} has been changed: it is larger than it should be.</source>
        <translation type="unfinished">Mae {name} wedi newid: mae&apos;n fwy nag y dylai fod.</translation>
    </message>
    <message>
        <source>{name} has been changed: it is {size}, but should be {expected}.</source>
        <translation type="unfinished">Mae {name} wedi newid: mae&apos;n {size}, ond dylai fod yn {expected}.</translation>
    </message>
    <message>
        <source>{name} has been changed: its SHA-256 fingerprint does not match.</source>
        <translation type="unfinished">Mae {name} wedi newid: nid yw ei ôl bys SHA-256 yn cyfateb.</translation>
    </message>
    <message>
        <source>{name} is an extra file: the bundle&apos;s fingerprint does not cover it.</source>
        <translation type="unfinished">Mae {name} yn ffeil ychwanegol: nid yw ôl bys y bwndel yn ei chynnwys.</translation>
    </message>
    <message>
        <source>There is no usable SHA256SUMS in it. That file is the bundle&apos;s seal: without it nothing can be checked.</source>
        <translation type="unfinished">Does dim SHA256SUMS y gellir ei ddefnyddio ynddo. Y ffeil honno yw sêl y bwndel: hebddi, does dim modd gwirio dim.</translation>
    </message>
    <message>
        <source>SHA256SUMS lists itself or its signature, which the app never does.</source>
        <translation type="unfinished">Mae SHA256SUMS yn rhestru ei hun neu ei lofnod, rhywbeth nad yw&apos;r ap byth yn ei wneud.</translation>
    </message>
    <message>
        <source>{name} is not covered by the fingerprint: SHA256SUMS does not list it.</source>
        <translation type="unfinished">Nid yw&apos;r ôl bys yn cynnwys {name}: nid yw SHA256SUMS yn ei restru.</translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but not in manifest.json, so it was not part of the export.</source>
        <translation type="unfinished">Mae {name} wedi&apos;i restru yn SHA256SUMS ond nid yn manifest.json, felly nid oedd yn rhan o&apos;r allforio.</translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but is not a file the app puts in a bundle.</source>
        <translation type="unfinished">Mae {name} wedi&apos;i restru yn SHA256SUMS ond nid yw&apos;n ffeil y mae&apos;r ap yn ei rhoi mewn bwndel.</translation>
    </message>
    <message>
        <source>{name} is listed in manifest.json but not in SHA256SUMS.</source>
        <translation type="unfinished">Mae {name} wedi&apos;i restru yn manifest.json ond nid yn SHA256SUMS.</translation>
    </message>
    <message>
        <source>{name} has different fingerprints in manifest.json and SHA256SUMS.</source>
        <translation type="unfinished">Mae gan {name} olion bys gwahanol yn manifest.json ac yn SHA256SUMS.</translation>
    </message>
    <message>
        <source>{absent} Without it the bundle&apos;s signature cannot be checked.</source>
        <translation type="unfinished">{absent} Hebddi, does dim modd gwirio llofnod y bwndel.</translation>
    </message>
    <message>
        <source>{name} does not match its line in SHA256SUMS: it was changed.</source>
        <translation type="unfinished">Nid yw {name} yn cyfateb i&apos;w linell yn SHA256SUMS: cafodd ei newid.</translation>
    </message>
</context>
</TS>
