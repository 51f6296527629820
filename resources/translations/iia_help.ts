<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>{v0}
{v1}, added {v2}
SHA-256 fingerprint: {v3}</source>
        <extracomment>Show a progress window (with Cancel) for files at least this big.</extracomment>
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
        <source>Adding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “{name}” to your journal…</source>
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
</context>
<context>
    <name>CentreLockDialog</name>
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
        <source>Cancel</source>
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
        <source>Website: {v0}</source>
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
        <source>Email: {v0}</source>
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
        <source>{count} {v1} for {where}.{first} Nothing opens or calls until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other services match this choice for {where}. Try “Everything”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecoyWindow</name>
    <message>
        <source>Note text</source>
        <extracomment>Emitted when the person closes the decoy window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <source>End session</source>
        <extracomment>Emitted after End session has forgotten the visit (the next visit begins at once). Emitted when guest sessions are switched off. Emitted when the handouts remembered for End session change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
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
        <source>What kind of thing happened</source>
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
        <source>Account, username or number</source>
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
        <source>What happened, in your own words. You can paste whole messages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
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
        <source>for example: money, school, ex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
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
        <source>Please wait until the file has been added.</source>
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
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for police or a helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a report you can give to the police or a helpline: a PDF report on its own, or one ZIP file with the report, your attached files exactly as you saved them, and fingerprints that show nothing was changed.</source>
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
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
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
        <source>The start date is after the end date. Please check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match what you chose, so there is nothing to export.</source>
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
        <source>Saved: {v0} (the report on its own: {v1} entr{v2}, {v3} page{v4}).
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {v0} ({v1} entr{v2}, {v3} file{v4}).{left}
Fingerprint of this bundle (write it down): {v6}
Fingerprint of manifest.json: {v7}
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the export …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {v0} …</source>
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
        <source>Sea&amp;rch:</source>
        <extracomment>Every resource the document asked for (each one refused). For tests and curiosity. Emitted with the page id after a page is shown. Emitted for ``app:`` links (journal, contacts) as well as calling ``window().navigate``.</extracomment>
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
        <source>Search results</source>
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
        <source>Guidance page: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found for “{query}”. Press Enter to open one, Escape to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages found for “{query}”. Try a different or shorter word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Print or save a handout</source>
        <extracomment>Without a chosen kind of help, the card lists services ranked this high or higher (contacts.json &quot;priority&quot;: lower is more important): for England and Wales 10 of the 16, instead of all of them in small print. Type sizes on the card, in points (Qt ignores font sizes on &lt;h1&gt;..&lt;h6&gt;, so the card uses none). The path of a PDF just saved (a guest session remembers it, so End session can offer to delete it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Set up my journal</source>
        <extracomment>Auto-lock timeout override in ms (tests); None = use the settings&apos; autolock_minutes.</extracomment>
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
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal actions</source>
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
        <source>Your journal locked itself because nothing happened for a while.</source>
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
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
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
        <source>Quick exit</source>
        <extracomment>Emitted with the page name after navigation. What pages, the panic controller and support-worker mode use of this window (ui/shell.py). The size policy of each page not on screen (it gets Ignored meanwhile; see _size_to_current_page).</extracomment>
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
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
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
        <source>That passphrase did not open this backup. Check it and try again.</source>
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
        <source>The window needs a name. The old name is kept.</source>
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
        <source>Not chosen yet</source>
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
        <extracomment>zxcvbn is slow on long input (and refuses more than 72 characters): only this many are analysed. A passphrase longer than this is judged by its start, which still catches &quot;aaaa…&quot; and &quot;password1password1…&quot;. The meter waits this long after the last key press before it scores (a long passphrase can take ~0.1 s). From this score on, a passphrase is used without a question.</extracomment>
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
        <source>Saved.</source>
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
        <source>Your journal is on your drive. Close it before you go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Search everything you wrote (Ctrl+F)</source>
        <extracomment>Short kind names for the list, so &quot;What happened&quot; gets the room (the full name is the tooltip and what a screen reader says).</extracomment>
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
        <source>No entries yet. Choose New entry (Ctrl+N) to write down what happened. Short notes are fine. You can add more later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerMode</name>
    <message>
        <source>&amp;Handouts…</source>
        <extracomment>Emitted after the settings in force may have changed (guest sessions, audience, End session&apos;s restore): every control showing them re-reads them, so Settings never shows a state that is not in force.</extracomment>
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
        <source>Optional. Used only to put the right services first and to show the under-18 route. Nothing is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you under 18?</source>
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
    <name>help_first</name>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_page</name>
    <message>
        <source>&lt;h2&gt;{text}&lt;/h2&gt;</source>
        <extracomment>Calibrate Argon2id to this computer when a journal is created (tests switch this off for speed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working, please wait</source>
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
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
