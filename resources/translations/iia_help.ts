<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;About this app&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app helps people facing intimate image abuse: when intimate pictures are shared, or someone threatens to share them. It has plain guidance, services who can help, and a private journal locked with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works without the internet and sends nothing: it never connects to a network. A web link opens in your browser only if you choose to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This translation was made with the help of a machine. An adviser who speaks the language as their first language has not checked it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the letters for Urdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is free software. It ships with these parts, each under its licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>{v0}
{v1}, added {v2}
SHA-256 fingerprint: {v3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too big to show here. Its fingerprint is above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown here. You can check it by its fingerprint above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture, {v0} by {v1} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to view a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose screenshots or other files to keep with this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a screenshot you copied. Shortcut Ctrl+Shift+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a screenshot you copied (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the file&apos;s SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drag files here. Files stay inside your encrypted journal. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you add a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{v0}” could not be read. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{v0}” is {v1}. {v2} Keep it somewhere safe and write down where it is in this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture on the clipboard. Take or copy a screenshot first, then paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the file to your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “{name}” to your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be added. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the file from where it was on this computer. The copy in your journal stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the original and close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{v0}” is now in your journal. The original is still on this computer, in {v1}, where anyone using this computer could find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n files are now in your journal. The originals are still on this computer, in {v1}, where anyone using this computer could find them.</source>
        <comment>This %n file is now in your journal. The original is still on this computer, in {v1}, where anyone using this computer could find it.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the original?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes {names} from {v1}. The copy in your journal stays. It is not moved to the Recycle Bin or Trash.

{NOT_SECURE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> You can delete it yourself with your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {names} from {v1}, but the same file has another name on this computer (a hard link), so it is still there under that name. Your file manager can find it by its size and date. The copy in your journal stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: “{v0}” is no longer in {v1} (checked). The copy in your journal stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted: the %n originals are no longer there (checked). The copies in your journal stay.</source>
        <comment>Deleted: the %n original is no longer there (checked). The copy in your journal stays.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{v0}” from this entry? It cannot be brought back. The entry&apos;s history will show that a file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentreLockDialog</name>
    <message>
        <source>Set the centre passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the staff at this centre. Settings will ask for it, so visitors cannot change them. Share it only with staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are locked by the centre. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes stay as they are. Only the passphrase that opens them changes. Nobody can reset it for you, so choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone number for {v0}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number so you can paste it into your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danger now? Call {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website for {v0}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the address first. Nothing opens until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email {v0}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;Where you live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you &amp;need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you need help with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print these contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a one-page contacts card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these contacts as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a one-page contacts card as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts list could not be loaded. {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Services for adults come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Services for young people come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n services for {where}.{first} Nothing opens or calls until you choose.</source>
        <comment>%n service for {where}.{first} Nothing opens or calls until you choose.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No other services match this choice for {where}. Try “Everything”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and support: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecoyWindow</name>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app forgets this visit: searches, pages looked at, text size, the region chosen and the take-away journal. Then it is ready for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

A handout saved here (in this visit, or one a Quick exit ended) is still on this computer:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>

%n handouts saved here (in this visit, or one a Quick exit ended) are still on this computer:
</source>
        <comment>

%n handout saved here (in this visit, or one a Quick exit ended) is still on this computer:
</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>End session and &amp;delete the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session and &amp;delete the handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session, &amp;keep the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session, &amp;keep the handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Delete it, unless the person is taking it away on their own USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Delete them, unless the person is taking them away on their own USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We kept what you were writing. Check it, then save it when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;New entry&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time. Left and Right move between the parts, Up and Down change one. Tab leaves the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened, not when you are writing it down. A rough time is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of thing happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type, for example Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app, website or phone service where it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, username or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account, username or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it exactly as shown, for example @name, a profile link, a phone number or an email. Display names can change; usernames and numbers help the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web addresses, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web &amp;addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line. Copy them from the address bar or the Share menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in your own words. You can paste whole messages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact words, dates, amounts of money asked for, and what they threatened to do all help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: £500 by bank transfer by Friday 6 pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they &amp;demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they asked for anything: money (how much, and any payment details they gave), more images, and any deadline. Leave it empty if they did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you reported it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: who you told, their reference number, the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform, the police, a helpline or StopNCII, with any crime reference, report or case number they gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: money, school, ex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own words to find entries later, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots, photos of messages, emails saved as files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Entry&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the file has been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n files.</source>
        <comment>Saved, with %n file.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, with no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what was kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the unsaved writing that was kept for you. It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry and its files? It cannot be brought back. The journal keeps a note of when something was deleted, but not what it said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;This export is not encrypted.&lt;/b&gt; Anyone who gets the file can read everything in it and see every picture. Save it straight to a USB stick (not to this computer), keep the stick somewhere safe, and only give it to people you trust, like the police or a helpline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Never pass on an image of someone under 18&lt;/b&gt;, not even to the police or a helpline. Sharing it can be a crime, even when you are trying to help. Give the police the web addresses (links), usernames and messages instead. They can find the images themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for police or a helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a report you can give to the police or a helpline: a PDF report on its own, or one ZIP file with the report, your attached files exactly as you saved them, and fingerprints that show nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this export is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: never pass on an image of someone under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in one ZIP file: the report,
your files and their fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report only (one PDF file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the %n entries you chose</source>
        <comment>Only the %n entry you chose</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only chosen entries (none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files (screenshots, photos, others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files, but no photos or videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files left out are still listed in the report by name and fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the front page (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if you prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number or email the police can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, for the front page (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact you, for the front page (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder the export was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of checking a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that an evidence bundle&apos;s files have not been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export, then make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date. Please check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match what you chose, so there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export (choose your USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to {path} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {v0} (the report on its own: {entries}, {pages}).
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>%n page</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files left out.</source>
        <comment>%n file left out.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: {v0} ({entries}, {files}).{left}
Fingerprint of this bundle (write it down): {v6}
Fingerprint of manifest.json: {v7}
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <comment>%n file</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc} Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the export was not made. Nothing was saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the export …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an evidence bundle to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {v0} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle matches its fingerprint list. Compare its fingerprint (below) with the noted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older format: partly checked. The report is not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does NOT match. The details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be checked. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstQuestions</name>
    <message>
        <source>Optional questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does anyone else use this computer, or might someone look at it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> If you say yes, the app will open on a plain page called “Notes” that says nothing about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, open on a plain page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, only me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. It puts the right services first. Nothing is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I&apos;m under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, I&apos;m 18 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: next time, the app opens on a plain “Notes” page. Click Continue there to get back here. You can change this in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestBar</name>
    <message>
        <source>Guest session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a &amp;handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contacts card or a guidance page to take away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks first, then forgets this visit: searches, pages, text size, the take-away journal. Then goes back to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget everything from this visit and start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home: what is happening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word. Results appear below. Press Down or Enter to go to them, Escape to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out: smaller page text (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in: bigger page text (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this page as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this page as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you are: the numbers and the law follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings on this page. Press Enter to jump to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet checked by an adviser. &lt;a href=&quot;about&quot;&gt;More&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet checked by an adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidance could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That page could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link points to a page that is not in this version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {number}. You can paste it into your phone. This app cannot make calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;You said you are under 18.&lt;/strong&gt; Start here: &lt;a href=&quot;page:under-18&quot;&gt;{title}&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2 id=&quot;related-pages&quot;&gt;Related pages&lt;/h2&gt;
&lt;ul class=&quot;related&quot;&gt;{items}&lt;/ul&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Last reviewed: {v0}&lt;/p&gt;
&lt;p class=&quot;meta&quot;&gt;{v1}&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Last reviewed: {v0}&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance page: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>%n page</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} found for “{query}”. Press Enter to open one, Escape to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages found for “{query}”. Try a different or shorter word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Choose what to give the person to take away. Handouts never show anything typed in this app, so nobody&apos;s name is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;contacts card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contacts card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;guidance page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guidance page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the handout will look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Every export is signed with this journal&apos;s own key, and this ID is its short fingerprint: the same on every export. It shows that the same journal made each export and that nothing changed after signing. It does not show when things happened (times come from this computer&apos;s clock), or that what was written is true, and anyone who knows the passphrase can sign as this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to this journal and when, newest first. It never records what you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal ID: {journal_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal ID {journal_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>This is a private notebook where you can write down what happened and keep screenshots, in case you want to report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is encrypted and stays on this computer only, and nobody can get it back if you forget the passphrase, so write a hint somewhere safe or make an encrypted backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone watches this computer with spying software, they may still see what you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is ready. Tip: choose Backup… to save an encrypted copy, for example on a USB stick, in case this computer is lost or you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Three or four ordinary words that have nothing to do with each other are strong and easy to remember. Nobody can reset it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot it? Nobody can reset it, but you can try as many times as you need. If you made a backup and remember its passphrase, you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down something that happened (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a report to share with police or a helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an encrypted copy, for example on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a journal from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to this journal and when, and its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up your journal… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for your journal could not be made. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal ID: {journal_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal ID {journal_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not work. Check it and try again. Capital letters and spaces count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a journal here. Unlock it with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the journal did not open. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal locked itself because nothing happened for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one next time. Backups you made before still open with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore a backup, the journal locks first. What you are writing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for your journal could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup is restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link goes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens your email app to write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email app will keep a copy of anything you send. If someone else can see your email, think about using a safer device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you open this in a web browser, the browser keeps it in its history. Someone who uses this computer could see it. To keep it more private, copy the address and paste it into a private window (also called incognito), or use a safer device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in email app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-language help on what is happening and what to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and services who can help, for your region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private, encrypted notebook for keeping a record of what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit keys, privacy and display settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current section. {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this app at once and closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this app at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v0} (Ctrl+{i})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Shift 3 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hide this fast: {ways}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hide this fast, use Quick exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesCover</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Type the {v0} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try three or four ordinary words that have nothing to do with each other. Longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of keys next to each other, like qwerty, are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns on the keyboard are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same letter or number over and over is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating the same part twice adds almost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs like abc or 6543 are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are easy to guess, especially ones linked to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the first passwords people try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many people use this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is close to a password many people use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word on its own is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name on its own is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two; unusual words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeating words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid runs like abc or 123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years and dates linked to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capital letter at the start does not help much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All capitals are about as easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words spelt backwards are not much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapping letters for look-alikes, like @ for a, does not help much.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationButton</name>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the text big for reading together. Click again to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big text for reading together (click again to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text: on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file: {v0}
Type the passphrase that opened the journal when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a journal on this computer. Restoring the backup replaces it, and anything written in it since the backup will be lost. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring your backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not open this backup. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h1&gt;Settings&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a guest session. Changes last until the session ends and are not saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this app looks on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change works for now, but it could not be saved: {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These hide this app at once, from any window. Your journal is locked and nothing you wrote is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here, then press the key you want to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quick exit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use F12 as the quick exit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the box, then press one key. F12 is a good choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Shi&amp;ft 3 times quickly to hide the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Shift 3 times quickly to hide the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;After a quick exit:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plain name and picture, so the window and taskbar do not show what this app is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name or type your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Next time the app opens on a plain Notes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Next time the app opens on its help pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window needs a name. The old name is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is now called “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide this window from screen recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this window from screen recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This asks the computer to leave this app out of screenshots, screen recordings and screen sharing. It works on Windows 10 (version 2004 or newer), Windows 11 and macOS. It cannot stop a phone camera, someone looking at your screen, or every kind of spying software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not offer it, so here this setting does nothing. It will work if you use the app on Windows or a Mac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not offer this. It does nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the journal after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes of not using the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of not using the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance and contacts are shown for the place you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the app completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left on the screen, in the taskbar or in the task manager. This is the safest choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a plain Notes window instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stays hidden behind an empty notes window. Closing that window closes the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only make it small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app goes to the taskbar with its plain name. When you open it again it starts at the beginning, with your journal locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m looking for help for myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High c&amp;ontrast (stronger colours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}. What this app is, that it sends nothing, and the licences of what it ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes everything this app keeps on this computer: your journal, its drafts, your settings and backups the app made in its own folder. It cannot be undone. Backups you saved somewhere else, for example on a USB stick, are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be aware: on many computers, especially ones with SSD drives, deleted files can sometimes be recovered with special tools. Your journal was always encrypted, so without your passphrase nobody can read it, even if they recover the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type {CONFIRM_WORD}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {CONFIRM_WORD} to confirm removing everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove everything and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything and close the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: type a passphrase to see how strong it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportWorkerPanel</name>
    <message>
        <source>Who is using this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m looking for help for &amp;myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m looking for help for myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a support &amp;worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns on guest sessions and shows handouts at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest sessions: &amp;forget each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest sessions: forget each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In a guest session nothing is saved on this computer, and there is no journal here: a visitor can keep one on their own USB stick. &lt;b&gt;End session&lt;/b&gt; forgets:&lt;/p&gt;&lt;ul&gt;{forgets}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What End session forgets: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Handouts button at the &amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Handouts button at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set centre &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set centre passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove centre passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove centre passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A centre passphrase protects these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No centre passphrase. Anyone can change these settings, including turning guest sessions off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change centre &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Guest sessions are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Guest sessions are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre passphrase is set. Settings will ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre passphrase was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeAwayPage</name>
    <message>
        <source>That place is on this computer. Please choose your own USB stick or drive, so nothing of yours stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That drive or folder could not be found. Check the drive is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your take-away journal&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer keeps no journal during a visit. You can keep your notes in a locked file on your own USB stick or drive, and take it with you. Only you know the passphrase. Nothing is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in your USB stick first. When you have finished, choose Close my journal (or End session), then take the stick with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new journal on my drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new journal on my drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open my journal from my drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal from my drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks the journal. This computer forgets where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep your journal (your own drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your journal (from your own drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is on your drive. Close it before you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is closed and locked. This computer has forgotten where it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Search everything you wrote (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only entries that contain every word you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show entries between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet. Choose New entry (Ctrl+N) to write down what happened. Short notes are fine. You can add more later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one entry does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of your %n entries match.</source>
        <comment>Your %n entry does not match.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitLanguageCombo</name>
    <message>
        <source>Language for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for this visit (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerMode</name>
    <message>
        <source>&amp;Handouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a contacts card or a guidance page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>age_choice</name>
    <message>
        <source>18 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Used only to put the right services first and to show the under-18 route. Nothing is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age: {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Each file can be up to {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centre_lock</name>
    <message>
        <source>Type the current centre passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the centre passphrase to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult (18 or over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats or blackmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting images taken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting a crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaf or speech-impaired access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam or blackmail email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat to share images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand for money or images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History started (the journal was made by an older version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File saved out of the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence export made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words typed into search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages looked at, and the back and forward history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text size and contrast changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region picked during the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the take-away journal (it is locked and the app forgets where it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything this app put on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet: write what happened, or add who it was, a web address or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps a report: when, where, their exact username or number, web addresses, their exact words, any demand, and who you told. Write what you have; add more later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could still help, if you have it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has what a report usually needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened, and when you wrote it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened; a rough time is fine. The journal notes the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened, for example Instagram or a text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the profile, post or chat, from the address bar or the Share menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact username, ID or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their exact username, profile link, phone number or email, copied as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they asked for anything: money (how much, and any payment details they gave), more images, and any deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it was reported to, and the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a display name, which can change. The exact username (like @name), profile link or number helps more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their exact username or number (this looks like a display name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there was a message, paste its exact words in full, or add a screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their exact words in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their exact words, pasted in full, or a screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the reference or case number they gave you, if there was one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference number from your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you have reported it: who you told and any reference number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could still help, if you have it: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>The history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, record {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not in the form the app writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} holds fields the app never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has number {number}, not {expected}: a record was removed, added or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} does not follow the record before it (its link does not match): a record before it was changed, removed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not the start of a history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>discreet</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on a plain “Notes” page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en on a plain “Notes” page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the app opens, it first shows an empty page called Notes with a Continue button, and nothing about what this app is for. Click Continue or press Enter to get here. The Quick exit keys work on that page too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>These notes are too large for one bundle. Please export them in parts (choose dates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped because your notes were locked. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your notes file could not be read, so the export was stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not allowed to save in that folder. Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space there. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be saved there. Please check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s history is too long for a bundle the checker can read. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a file name, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder is not there any more. Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is your notes file. Please choose another name for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be made. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report needs the app&apos;s display part, which is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date. Please check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the chosen notes are no longer there. Please choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each report needs who it went to and a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the date and time it happened, with its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose what kind of thing happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of failed unlock attempts in your journal file was changed or removed. Someone may have tried to open your journal and tried to hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone tried to open your journal {count} time since you last used it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone tried to open your journal {count} times since you last used it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} (the last {count} are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}: {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong with your notes file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not work. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file looks damaged or was changed outside the app, so it was not opened. If you have a backup, you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notes file is already there. Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes file could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are locked. Unlock them to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are open in another window. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes could not be saved or read. Check there is free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too big to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the file was stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is missing something it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note or file is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notes file was made by a newer version of the app. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for your notes cannot be written to (it is read-only, or this account may not change it). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space on the drive. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup file looks damaged, or it is not a backup made by this app, so nothing was restored. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for your notes could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different place for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written there. Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space on this drive to restore that backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be removed ({count}). Close any other program that might be using them and try again, or delete this folder yourself:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this app kept on this computer has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this app kept in its own folder has been removed. But {names} was only a link (shortcut) to a file outside that folder. The link is gone; the file it pointed to was not touched, because the app only deletes inside its own folder. If that file is yours to delete, delete it yourself:
{targets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}
The app will now close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed: your journal is open in another window of this app. Close that window, or lock the journal there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Shift 3 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click Quick exit ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hide this app at once: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guidance_page</name>
    <message>
        <source> (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (18 or over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3 id=&quot;who-to-call&quot;&gt;Who to call&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;{v0}&quot;&gt;Choose where you are&lt;/a&gt; to see the numbers for your area here, or see all &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;More services: &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This app has no numbers for this yet where you live. Contact your local police. More services: &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3 id=&quot;who-to-call&quot;&gt;Who to call{where}&lt;/h3&gt;{body}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handouts</name>
    <message>
        <source>For everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are 18 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As published by the services; last reviewed {v0}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and support: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a number does not work, look at the service&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> There are more services in this app, under Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no other services for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help_first</name>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now? Call {v0}.&lt;/strong&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now? Call your local emergency number&lt;/strong&gt;, or go to the nearest police station.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: &lt;strong&gt;{number}&lt;/strong&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now?&lt;/strong&gt; Call the emergency number where you are: {parts}; anywhere else: your local number.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Cannot speak on the phone? On a mobile, call 999 and press &lt;strong&gt;55&lt;/strong&gt; when asked. Or see &lt;a href=&quot;{DEAF_ACCESS}&quot;&gt;police help for deaf or speech-impaired people&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing help for: no place chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing help for: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a guess from this computer’s settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Where are you? &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Choose a place&lt;/a&gt; to see its numbers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Showing help for: {v0}{guess}. &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Change&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icons</name>
    <message>
        <source>Leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_kept</name>
    <message>
        <source>To get back to it: in Settings, choose “I&apos;m looking for help for myself” under “Who is using this?”, or untick “Guest sessions”. The Journal area then shows your journal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on guest sessions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a personal journal on this computer.

“I&apos;m a support worker” switches on guest sessions: each visit is forgotten, and the Journal area shows a take-away journal instead of the journal on this computer.

Your journal is kept. Nothing in it is deleted or changed; it stays locked on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on guest sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep things as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal journal exists on this computer. It is kept, locked and unchanged; it is not shown during guest sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_page</name>
    <message>
        <source>&lt;h2&gt;{text}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working, please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language_choice</name>
    <message>
        <source>The computer&apos;s language ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest session. Nothing from this visit is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest session. A handout saved here is still on this computer (End session can delete it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit. Ready for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit, and the saved handout is deleted. Ready for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit. The handout is still saved at: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended, but this handout was not deleted. Please check it and delete it yourself if it is the handout: {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the letters you type. Make sure nobody is looking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is rated “{v0}”. Anyone who gets a copy of the journal file could try passphrases like it very fast, and might guess it. {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a weak passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

You can still use it. You can change it later under Change passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup is saved as “{v0}”. It is encrypted and opens only with your passphrase. Keep it somewhere safe, like a USB stick only you use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved there ({v0}). Please try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and support: {region_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;There are no other contacts for this choice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;Details as published by each service; last reviewed {reviewed}. Services can change: if a number does not work, look at the service&apos;s website.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>the file is too large to show here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large to show here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged or in a form the app cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be prepared for the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} (chosen: {start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} (chosen entries only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} (every entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} in total; {included} included in this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {left_out} left out (listed by name and fingerprint only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of &lt;b&gt;manifest.json&lt;/b&gt; (the list of every entry and file in this export, with their own fingerprints) is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can check that the files in the ZIP have not been changed since this report was made. README.txt in the ZIP says how, with standard tools. If the files are changed, their fingerprints no longer match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is signed with the journal&apos;s own key, whose short fingerprint is the &lt;b&gt;Journal ID&lt;/b&gt; (the same on every export of this journal): the same journal made it, and nothing changed after signing. Not shown: when things happened, or that what was written is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was saved on its own, without the ZIP bundle of original files. Each attached file&apos;s SHA-256 fingerprint is listed so the original can be checked later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of incidents, written down by the person they happened to (or someone helping them) at the time, with the files they saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next comes a timeline of every entry, with a short extract of what happened, then a list of every account, number and web address in the entries. Then each entry follows in full, with the history of when it was written and changed, and its attached files. Times come from the clock of the computer the notes were kept on. A character that cannot be seen, or that changes the direction of the text around it, is shown as its code in brackets, such as [U+202E], wherever it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} linked records since {date} (custody.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} linked records (custody.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to, reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in full below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} in entry {number}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry in this report, oldest first. Times are local time ({zone} when this report was made); each entry in full gives the exact time and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, numbers and web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each account, phone number, email address, web address and report reference written in these entries, listed once, with the numbers of the entries it appears in (as in the timeline). They are copied exactly as they were written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts, numbers or web addresses were written in these entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (in full):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} of {count}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji and symbols in this text, in words (they may not print or copy well):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ZIP as: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: shown below (the original is {width} × {height} pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This image could not be shown:&lt;/b&gt; {reason}. The original file is in the ZIP with SHA-256 {sha256}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This image could not be shown:&lt;/b&gt; {reason}. The original file is listed above with SHA-256 {sha256}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident record, made {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached files were left out of this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos and videos were left out of this export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings_page</name>
    <message>
        <source>Please choose one key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a key, not only Shift, Ctrl or Alt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key is used for typing. Choose a key like F12, or hold Ctrl or Alt with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl with that key is used for copy, paste and other everyday things. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl and a number already move between sections. Please choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <comment>%n file</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is far too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name holds control, invisible or direction-changing characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name holds a backslash (a folder separator on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is an absolute path or holds a colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested in far too many folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name climbs out of the folder or has an empty part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name ends in a dot or a space (Windows would drop them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is reserved on Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name, which was not opened ({why}): {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {name} appears {count} times in the bundle, so it is not clear which one is meant. None of them was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These names would be the same file on Windows or macOS (capital letters, accents or a trailing dot or space): {names}. None of them was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a file: it is a device, a pipe or another special file, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP holds bytes that are not one of the files in its list ({where}). Other ZIP programs could show different files from those bytes (a second report.pdf, say), so the bundle was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a ZIP file, or it is too damaged to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ZIP64 end record is not where it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says it holds {count:,} files, far too many to be an evidence bundle (at most {limit:,}). It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its list of files is far larger than an evidence bundle&apos;s could be. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds more than {limit:,} files, far too many to be an evidence bundle. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after its end: a comment or extra bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside its list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before its first file: another ZIP or other data in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file in its list is on another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file in its list has no header where the list says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file&apos;s own header does not match its line in the list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file&apos;s own header gives other sizes than the list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored file whose length only its list of files gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before its first file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between two of its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where two of its files overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between its last file and its list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where its last file runs into its list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file&apos;s data descriptor does not match its line in the list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its list of files holds a name that is not valid text (UTF-8), which the app never writes. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds far too many files to be an evidence bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a link to another file, which was not followed: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is password-protected, so it cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a folder that no fingerprint covers: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes are hidden after the end of its compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than its declared size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds a link to another file, which was not followed: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds something that is not a file (a device or a pipe), which was not opened: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds far too many files to be an evidence bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a plain file any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is far larger than it should be (over {size} MiB), so the bundle was not checked further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged inside the bundle and cannot be read ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is packed in a way this checker does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file or folder there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a path this computer can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read. Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a public key the app writes, so the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Ed25519 key, so it is not one the app writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a signature the app writes (it should be exactly {size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: SHA256SUMS, its signature or the key was changed after the bundle was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds far more values than a custody log could, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (it is not readable JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds values a custody log cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a custody log the app writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not agree with itself (its count or last hash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} hides the details of its first record, which names the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} belongs to another journal than the key that signed the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json and {name} do not agree on the history (its length or last record): a record was added, removed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json names another journal than the key that signed the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json is missing fields the history&apos;s content hash covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json does not match its own content hash: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json is not what the history says it was when last saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: DOES NOT MATCH. 1 problem found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: DOES NOT MATCH. {count} problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{files} matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: OLDER FORMAT, PARTLY CHECKED. The report is not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by an older version of the app. Its fingerprint (the SHA-256 of manifest.json, on the cover of report.pdf) covers manifest.json and the files it lists: all {files} match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf and README.txt are NOT covered by that fingerprint: they could have been changed or replaced without it showing. Compare the report with manifest.json before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: everything matches its fingerprint list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {files} listed in SHA256SUMS match it; none is missing and the bundle holds nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds {entries}, made {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of this bundle (SHA-256 of SHA256SUMS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of this bundle (SHA-256 of manifest.json):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the fingerprint you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the one on the cover page and the one noted when the bundle was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint noted when the bundle was made. If they differ, something in the bundle was changed, added or removed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of manifest.json (printed on the cover of report.pdf): {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is not signed (it was made by an older version of the app): only its fingerprint can show it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal ID of the key in the bundle: {journal_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s signature over SHA256SUMS is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its custody log (custody.json) holds {count} linked records; none is missing, changed or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the journal ID you gave: the same journal made this bundle, and nothing in it changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the journal ID with one noted from the app or an earlier export. A good signature only proves something once the key is known to be the journal&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json holds far more values than an evidence bundle&apos;s could (over {limit:,}), so the bundle was not checked further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is damaged (it is not readable JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is nested far too deeply to be an evidence bundle&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of an evidence bundle made by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists {name} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {entry}, attached file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json says {what} is included, but its list of files does not hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json gives two different fingerprints or sizes for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json says {what} was left out, yet gives it a path in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS is damaged (it is not plain text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS does not end with a line break, so it is not in the form the app writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of SHA256SUMS is not in the form the app writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of SHA256SUMS names a file that cannot be in a bundle because {why}: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS lists {name} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you gave is not 64 characters 0-9 and a-f (spaces are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal ID you gave is not 24 characters 0-9 and a-f (spaces are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s fingerprint is not the one you gave ({fingerprint}): something in it was changed, added or removed after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is too large to check on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be read ({why}). It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is not signed (it was made by an older version of the app), so the journal ID you gave cannot be checked. Check it with its fingerprint instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s signing key could not be read, so the journal ID you gave cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was signed by another journal (ID {journal_id}), not the one you gave ({expected}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal ID is the one you gave, but the signature does not match, so it proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable manifest.json in it, so it is not a complete evidence bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json says the bundle was made in a format this version of the app does not know. Use a newer version to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not in the expected form ({detail}), so the bundle cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not checked, because its name is unsafe or clashes with another (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been changed: it is larger than it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been changed: it is {size}, but should be {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been changed: its SHA-256 fingerprint does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an extra file: the bundle&apos;s fingerprint does not cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable SHA256SUMS in it. That file is the bundle&apos;s seal: without it nothing can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS lists itself or its signature, which the app never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not covered by the fingerprint: SHA256SUMS does not list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but not in manifest.json, so it was not part of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but is not a file the app puts in a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is listed in manifest.json but not in SHA256SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has different fingerprints in manifest.json and SHA256SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{absent} Without it the bundle&apos;s signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not match its line in SHA256SUMS: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
