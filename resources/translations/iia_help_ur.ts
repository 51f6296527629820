<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About this app</source>
        <translation type="unfinished">اس ایپ کے بارے میں</translation>
    </message>
    <message>
        <source>&lt;h2&gt;About this app&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;اس ایپ کے بارے میں&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This app helps people facing intimate image abuse: when intimate pictures are shared, or someone threatens to share them. It has plain guidance, services who can help, and a private journal locked with a passphrase.</source>
        <translation type="unfinished">یہ ایپ ان لوگوں کی مدد کرتی ہے جنہیں نجی تصویروں کے غلط استعمال کا سامنا ہے: جب نجی تصویریں شیئر کی جائیں، یا کوئی انہیں شیئر کرنے کی دھمکی دے۔ اس میں آسان رہنمائی، مدد کرنے والی سروسز، اور پاس فریز سے لاک ایک نجی ڈائری ہے۔</translation>
    </message>
    <message>
        <source>It works without the internet and sends nothing: it never connects to a network. A web link opens in your browser only if you choose to open it.</source>
        <translation type="unfinished">یہ انٹرنیٹ کے بغیر کام کرتی ہے اور کچھ نہیں بھیجتی: یہ کبھی کسی نیٹ ورک سے نہیں جڑتی۔ ویب لنک آپ کے براؤزر میں صرف تب کھلتا ہے جب آپ اسے کھولنا چنیں۔</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished">ورژن {version}</translation>
    </message>
    <message>
        <source>This translation was made with the help of a machine. An adviser who speaks the language as their first language has not checked it yet.</source>
        <translation type="unfinished">یہ ترجمہ مشین کی مدد سے کیا گیا ہے۔ ابھی تک اردو بولنے والے کسی مشیر نے اسے چیک نہیں کیا۔</translation>
    </message>
    <message>
        <source> (the letters for Urdu)</source>
        <translation type="unfinished"> (اردو کے حروف)</translation>
    </message>
    <message>
        <source>It is free software. It ships with these parts, each under its licence:</source>
        <translation type="unfinished">یہ آزاد سافٹ ویئر ہے۔ اس کے ساتھ یہ حصے آتے ہیں، ہر ایک اپنے لائسنس کے تحت:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>{v0}
{v1}, added {v2}
SHA-256 fingerprint: {v3}</source>
        <translation type="unfinished">{v0}
{v1}، شامل کیا گیا {v2}
SHA-256 فنگر پرنٹ: {v3}</translation>
    </message>
    <message>
        <source>File details</source>
        <translation type="unfinished">فائل کی تفصیل</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished">کھل رہی ہے…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished">تصویر</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message>
        <source>This file is too big to show here. Its fingerprint is above.</source>
        <translation type="unfinished">یہ فائل یہاں دکھانے کے لیے بہت بڑی ہے۔ اس کا فنگر پرنٹ اوپر ہے۔</translation>
    </message>
    <message>
        <source>This file cannot be shown here. You can check it by its fingerprint above.</source>
        <translation type="unfinished">یہ فائل یہاں نہیں دکھائی جا سکتی۔ آپ اسے اوپر دیے گئے فنگر پرنٹ سے چیک کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Picture, {v0} by {v1} pixels</source>
        <translation type="unfinished">تصویر، {v0} بائی {v1} پکسل</translation>
    </message>
    <message>
        <source>This file could not be opened.</source>
        <translation type="unfinished">یہ فائل کھولی نہیں جا سکی۔</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this entry</source>
        <translation type="unfinished">اس اندراج کے ساتھ رکھی گئی فائلیں</translation>
    </message>
    <message>
        <source>Press Enter to view a file.</source>
        <translation type="unfinished">فائل دیکھنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">سائز</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished">شامل کی گئی</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished">SHA-256 فنگر پرنٹ</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished">فائلیں شامل کریں…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished">فائلیں شامل کریں</translation>
    </message>
    <message>
        <source>Choose screenshots or other files to keep with this entry.</source>
        <translation type="unfinished">اس اندراج کے ساتھ رکھنے کے لیے اسکرین شاٹ یا دوسری فائلیں چنیں۔</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation type="unfinished">تصویر پیسٹ کریں</translation>
    </message>
    <message>
        <source>Adds a screenshot you copied. Shortcut Ctrl+Shift+V.</source>
        <translation type="unfinished">آپ کا کاپی کیا ہوا اسکرین شاٹ شامل کرتا ہے۔ شارٹ کٹ Ctrl+Shift+V۔</translation>
    </message>
    <message>
        <source>Add a screenshot you copied (Ctrl+Shift+V)</source>
        <translation type="unfinished">کاپی کیا ہوا اسکرین شاٹ شامل کریں (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished">دیکھیں</translation>
    </message>
    <message>
        <source>View file</source>
        <translation type="unfinished">فائل دیکھیں</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation type="unfinished">فنگر پرنٹ کاپی کریں</translation>
    </message>
    <message>
        <source>Copies the file&apos;s SHA-256 fingerprint.</source>
        <translation type="unfinished">فائل کا SHA-256 فنگر پرنٹ کاپی کرتا ہے۔</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ہٹائیں</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished">فائل ہٹائیں</translation>
    </message>
    <message>
        <source>You can also drag files here. Files stay inside your encrypted journal. </source>
        <translation type="unfinished">آپ فائلیں یہاں کھینچ کر بھی لا سکتے ہیں۔ فائلیں آپ کی خفیہ ڈائری کے اندر رہتی ہیں۔ </translation>
    </message>
    <message>
        <source>Before you add a picture</source>
        <translation type="unfinished">تصویر شامل کرنے سے پہلے</translation>
    </message>
    <message>
        <source>I understand, add it</source>
        <translation type="unfinished">سمجھ آ گیا، شامل کریں</translation>
    </message>
    <message>
        <source>Don&apos;t add it</source>
        <translation type="unfinished">شامل نہ کریں</translation>
    </message>
    <message>
        <source>File not added</source>
        <translation type="unfinished">فائل شامل نہیں ہوئی</translation>
    </message>
    <message>
        <source>“{v0}” could not be read. Nothing was added.</source>
        <translation type="unfinished">&quot;{v0}&quot; پڑھی نہیں جا سکی۔ کچھ شامل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>File too big</source>
        <translation type="unfinished">فائل بہت بڑی ہے</translation>
    </message>
    <message>
        <source>“{v0}” is {v1}. {v2} Keep it somewhere safe and write down where it is in this entry.</source>
        <translation type="unfinished">&quot;{v0}&quot; کا سائز {v1} ہے۔ {v2} اسے کسی محفوظ جگہ رکھیں، اور اس اندراج میں لکھ لیں کہ وہ کہاں ہے۔</translation>
    </message>
    <message>
        <source>No picture to paste</source>
        <translation type="unfinished">پیسٹ کرنے کو کوئی تصویر نہیں</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard. Take or copy a screenshot first, then paste it here.</source>
        <translation type="unfinished">کلپ بورڈ پر کوئی تصویر نہیں۔ پہلے اسکرین شاٹ لیں یا کاپی کریں، پھر یہاں پیسٹ کریں۔</translation>
    </message>
    <message>
        <source>That picture could not be read.</source>
        <translation type="unfinished">وہ تصویر پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>Adding the file to your journal…</source>
        <translation type="unfinished">فائل آپ کی ڈائری میں شامل ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Adding file</source>
        <translation type="unfinished">فائل شامل ہو رہی ہے</translation>
    </message>
    <message>
        <source>Adding “{name}” to your journal…</source>
        <translation type="unfinished">&quot;{name}&quot; آپ کی ڈائری میں شامل ہو رہی ہے…</translation>
    </message>
    <message>
        <source>The file could not be added. Nothing was saved.</source>
        <translation type="unfinished">فائل شامل نہیں ہو سکی۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was saved.</source>
        <translation type="unfinished">فائل پڑھی نہیں جا سکی۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Delete the original…</source>
        <translation type="unfinished">اصل فائل ڈیلیٹ کریں…</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation type="unfinished">اصل فائل ڈیلیٹ کریں</translation>
    </message>
    <message>
        <source>Deletes the file from where it was on this computer. The copy in your journal stays.</source>
        <translation type="unfinished">فائل کو اس کمپیوٹر پر اس کی جگہ سے ڈیلیٹ کرتا ہے۔ آپ کی ڈائری والی کاپی رہتی ہے۔</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished">رہنے دیں</translation>
    </message>
    <message>
        <source>Keep the original and close this message</source>
        <translation type="unfinished">اصل فائل رہنے دیں اور یہ پیغام بند کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message>
        <source>“{v0}” is now in your journal. The original is still on this computer, in {v1}, where anyone using this computer could find it.</source>
        <translation type="unfinished">&quot;{v0}&quot; اب آپ کی ڈائری میں ہے۔ اصل فائل ابھی اس کمپیوٹر پر {v1} میں ہے، جہاں اس کمپیوٹر کو استعمال کرنے والا کوئی بھی اسے پا سکتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>These %n files are now in your journal. The originals are still on this computer, in {v1}, where anyone using this computer could find them.</source>
        <comment>This %n file is now in your journal. The original is still on this computer, in {v1}, where anyone using this computer could find it.</comment>
        <translation type="unfinished">
            <numerusform>یہ %n فائل اب آپ کی ڈائری میں ہے۔ اصل فائل ابھی اس کمپیوٹر پر {v1} میں ہے، جہاں اس کمپیوٹر کو استعمال کرنے والا کوئی بھی اسے پا سکتا ہے۔</numerusform>
            <numerusform>یہ %n فائلیں اب آپ کی ڈائری میں ہیں۔ اصل فائلیں ابھی اس کمپیوٹر پر {v1} میں ہیں، جہاں اس کمپیوٹر کو استعمال کرنے والا کوئی بھی انہیں پا سکتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the original?</source>
        <translation type="unfinished">اصل فائل ڈیلیٹ کریں؟</translation>
    </message>
    <message>
        <source>This deletes {names} from {v1}. The copy in your journal stays. It is not moved to the Recycle Bin or Trash.

{NOT_SECURE}</source>
        <translation type="unfinished">یہ {names} کو {v1} سے ڈیلیٹ کرتا ہے۔ آپ کی ڈائری والی کاپی رہتی ہے۔ یہ Recycle Bin یا Trash میں نہیں جاتی۔

{NOT_SECURE}</translation>
    </message>
    <message>
        <source>Checking and deleting…</source>
        <translation type="unfinished">چیک اور ڈیلیٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <source> You can delete it yourself with your file manager.</source>
        <translation type="unfinished"> آپ اسے اپنے فائل مینیجر سے خود ڈیلیٹ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Deleted {names} from {v1}, but the same file has another name on this computer (a hard link), so it is still there under that name. Your file manager can find it by its size and date. The copy in your journal stays.</source>
        <translation type="unfinished">{names} کو {v1} سے ڈیلیٹ کر دیا، لیکن اس کمپیوٹر پر اسی فائل کا ایک اور نام ہے (hard link)، اس لیے وہ اس نام سے ابھی موجود ہے۔ آپ کا فائل مینیجر اسے سائز اور تاریخ سے ڈھونڈ سکتا ہے۔ آپ کی ڈائری والی کاپی رہتی ہے۔</translation>
    </message>
    <message>
        <source>Deleted: “{v0}” is no longer in {v1} (checked). The copy in your journal stays.</source>
        <translation type="unfinished">ڈیلیٹ ہو گئی: &quot;{v0}&quot; اب {v1} میں نہیں ہے (چیک کیا گیا)۔ آپ کی ڈائری والی کاپی رہتی ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Deleted: the %n originals are no longer there (checked). The copies in your journal stay.</source>
        <comment>Deleted: the %n original is no longer there (checked). The copy in your journal stays.</comment>
        <translation type="unfinished">
            <numerusform>ڈیلیٹ ہو گئی: %n اصل فائل اب وہاں نہیں ہے (چیک کیا گیا)۔ آپ کی ڈائری والی کاپی رہتی ہے۔</numerusform>
            <numerusform>ڈیلیٹ ہو گئیں: %n اصل فائلیں اب وہاں نہیں ہیں (چیک کیا گیا)۔ آپ کی ڈائری والی کاپیاں رہتی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this file?</source>
        <translation type="unfinished">یہ فائل ہٹائیں؟</translation>
    </message>
    <message>
        <source>Remove “{v0}” from this entry? It cannot be brought back. The entry&apos;s history will show that a file was removed.</source>
        <translation type="unfinished">اس اندراج سے &quot;{v0}&quot; ہٹائیں؟ اسے واپس نہیں لایا جا سکتا۔ اندراج کے تاریخچے میں لکھا ہوگا کہ ایک فائل ہٹائی گئی۔</translation>
    </message>
    <message>
        <source>File not removed</source>
        <translation type="unfinished">فائل نہیں ہٹی</translation>
    </message>
</context>
<context>
    <name>CentreLockDialog</name>
    <message>
        <source>Set the centre passphrase</source>
        <translation type="unfinished">مرکز کا پاس فریز رکھیں</translation>
    </message>
    <message>
        <source>Settings are locked</source>
        <translation type="unfinished">سیٹنگز لاک ہیں</translation>
    </message>
    <message>
        <source>Choose a passphrase for the staff at this centre. Settings will ask for it, so visitors cannot change them. Share it only with staff.</source>
        <translation type="unfinished">اس مرکز کے عملے کے لیے ایک پاس فریز چنیں۔ سیٹنگز اسے مانگیں گی، تاکہ آنے والے انہیں نہ بدل سکیں۔ یہ صرف عملے کو بتائیں۔</translation>
    </message>
    <message>
        <source>These settings are locked by the centre. Please ask a member of staff.</source>
        <translation type="unfinished">یہ سیٹنگز مرکز نے لاک کی ہیں۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Centre &amp;passphrase:</source>
        <translation type="unfinished">مرکز کا پاس فریز (&amp;P):</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation type="unfinished">پاس فریز رکھیں</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">کھولیں</translation>
    </message>
    <message>
        <source>That passphrase is not right. Please try again.</source>
        <translation type="unfinished">یہ پاس فریز درست نہیں۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">پاس فریز بدلیں</translation>
    </message>
    <message>
        <source>Your notes stay as they are. Only the passphrase that opens them changes. Nobody can reset it for you, so choose one you will remember.</source>
        <translation type="unfinished">آپ کے نوٹس جیسے ہیں ویسے رہتے ہیں۔ صرف انہیں کھولنے والا پاس فریز بدلتا ہے۔ کوئی اسے آپ کے لیے دوبارہ نہیں بنا سکتا، اس لیے ایسا چنیں جو آپ کو یاد رہے۔</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">موجودہ پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">نیا پاس فریز</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished">نیا پاس فریز دوبارہ لکھیں</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished">موجودہ پاس فریز (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">نیا پاس فریز (&amp;N)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished">دوبارہ لکھیں (&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished">براہ کرم اپنا موجودہ پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation type="unfinished">آپ کا پاس فریز بدل رہا ہے…</translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished">آپ کا موجودہ پاس فریز درست نہیں۔ کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>The passphrase could not be changed.</source>
        <translation type="unfinished">پاس فریز نہیں بدلا جا سکا۔</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Copy number</source>
        <translation type="unfinished">نمبر کاپی کریں</translation>
    </message>
    <message>
        <source>Copy phone number for {v0}: {v1}</source>
        <translation type="unfinished">{v0} کا فون نمبر کاپی کریں: {v1}</translation>
    </message>
    <message>
        <source>Copy the number so you can paste it into your phone</source>
        <translation type="unfinished">نمبر کاپی کریں تاکہ آپ اسے اپنے فون میں لکھ سکیں</translation>
    </message>
    <message>
        <source>In danger now? Call {v0}</source>
        <translation type="unfinished">ابھی خطرے میں ہیں؟ {v0} پر فون کریں</translation>
    </message>
    <message>
        <source>Website for {v0}: {v1}</source>
        <translation type="unfinished">{v0} کی ویب سائٹ: {v1}</translation>
    </message>
    <message>
        <source>Shows the address first. Nothing opens until you choose.</source>
        <translation type="unfinished">پہلے ایڈریس دکھاتا ہے۔ آپ کے چنے بغیر کچھ نہیں کھلتا۔</translation>
    </message>
    <message>
        <source>Email {v0}: {v1}</source>
        <translation type="unfinished">{v0} کو ای میل کریں: {v1}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;Where you live:</source>
        <translation type="unfinished">آپ کہاں رہتے ہیں (&amp;W):</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation type="unfinished">آپ کہاں رہتے ہیں</translation>
    </message>
    <message>
        <source>What you &amp;need:</source>
        <translation type="unfinished">آپ کو کیا چاہیے (&amp;N):</translation>
    </message>
    <message>
        <source>What you need help with</source>
        <translation type="unfinished">آپ کو کس بات میں مدد چاہیے</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished">سب کچھ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">پرنٹ…</translation>
    </message>
    <message>
        <source>Print these contacts</source>
        <translation type="unfinished">یہ رابطے پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print a one-page contacts card</source>
        <translation type="unfinished">ایک صفحے کا رابطوں کا کارڈ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished">PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save these contacts as a PDF</source>
        <translation type="unfinished">یہ رابطے PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save a one-page contacts card as a PDF file</source>
        <translation type="unfinished">ایک صفحے کا رابطوں کا کارڈ PDF فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>The contacts list could not be loaded. {v0}</source>
        <translation type="unfinished">رابطوں کی فہرست نہیں کھل سکی۔ {v0}</translation>
    </message>
    <message>
        <source> Services for adults come first.</source>
        <translation type="unfinished"> بالغوں کی سروسز پہلے ہیں۔</translation>
    </message>
    <message>
        <source> Services for young people come first.</source>
        <translation type="unfinished"> نوجوانوں کی سروسز پہلے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n services for {where}.{first} Nothing opens or calls until you choose.</source>
        <comment>%n service for {where}.{first} Nothing opens or calls until you choose.</comment>
        <translation type="unfinished">
            <numerusform>{where} کے لیے %n سروس۔{first} آپ کے چنے بغیر نہ کچھ کھلتا ہے نہ فون ملتا ہے۔</numerusform>
            <numerusform>{where} کے لیے %n سروسز۔{first} آپ کے چنے بغیر نہ کچھ کھلتا ہے نہ فون ملتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No other services match this choice for {where}. Try “Everything”.</source>
        <translation type="unfinished">{where} کے لیے اس انتخاب سے کوئی اور سروس نہیں ملتی۔ &quot;سب کچھ&quot; آزمائیں۔</translation>
    </message>
    <message>
        <source>Help and support: {v0}</source>
        <translation type="unfinished">مدد اور سہارا: {v0}</translation>
    </message>
</context>
<context>
    <name>DecoyWindow</name>
    <message>
        <source>Note text</source>
        <translation type="unfinished">نوٹ کا متن</translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <source>End session</source>
        <translation type="unfinished">ملاقات ختم کریں</translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation type="unfinished">یہ ملاقات ختم کریں؟</translation>
    </message>
    <message>
        <source>The app forgets this visit: searches, pages looked at, text size, the region chosen and the take-away journal. Then it is ready for the next person.</source>
        <translation type="unfinished">ایپ یہ ملاقات بھول جاتی ہے: تلاشیں، دیکھے گئے صفحے، متن کا سائز، چنا گیا علاقہ اور ساتھ لے جانے والی ڈائری۔ پھر یہ اگلے فرد کے لیے تیار ہوتی ہے۔</translation>
    </message>
    <message>
        <source>

A handout saved here (in this visit, or one a Quick exit ended) is still on this computer:
</source>
        <translation type="unfinished">

یہاں محفوظ کیا گیا ایک ہینڈ آؤٹ (اس ملاقات میں، یا جسے &quot;فوراً باہر نکلیں&quot; نے ختم کیا) ابھی اس کمپیوٹر پر ہے:
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

یہاں محفوظ کیا گیا %n ہینڈ آؤٹ (اس ملاقات میں، یا جسے "فوراً باہر نکلیں" نے ختم کیا) ابھی اس کمپیوٹر پر ہے:
</numerusform>
            <numerusform>

یہاں محفوظ کیے گئے %n ہینڈ آؤٹ (اس ملاقات میں، یا جسے "فوراً باہر نکلیں" نے ختم کیا) ابھی اس کمپیوٹر پر ہیں:
</numerusform>
        </translation>
    </message>
    <message>
        <source>End session and &amp;delete the handout</source>
        <translation type="unfinished">ملاقات ختم کریں اور ہینڈ آؤٹ ڈیلیٹ کریں (&amp;D)</translation>
    </message>
    <message>
        <source>End session and &amp;delete the handouts</source>
        <translation type="unfinished">ملاقات ختم کریں اور ہینڈ آؤٹ ڈیلیٹ کریں (&amp;D)</translation>
    </message>
    <message>
        <source>End session, &amp;keep the handout</source>
        <translation type="unfinished">ملاقات ختم کریں، ہینڈ آؤٹ رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>End session, &amp;keep the handouts</source>
        <translation type="unfinished">ملاقات ختم کریں، ہینڈ آؤٹ رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>

Delete it, unless the person is taking it away on their own USB stick.</source>
        <translation type="unfinished">

اسے ڈیلیٹ کر دیں، جب تک وہ فرد اسے اپنی USB اسٹک پر ساتھ نہ لے جا رہا ہو۔</translation>
    </message>
    <message>
        <source>

Delete them, unless the person is taking them away on their own USB stick.</source>
        <translation type="unfinished">

انہیں ڈیلیٹ کر دیں، جب تک وہ فرد انہیں اپنی USB اسٹک پر ساتھ نہ لے جا رہا ہو۔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished">ملاقات ختم کریں (&amp;E)</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Written</source>
        <translation type="unfinished">لکھا گیا</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">بدلا گیا</translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished">فائل شامل کی گئی</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation type="unfinished">فائل ہٹائی گئی</translation>
    </message>
    <message>
        <source>We kept what you were writing. Check it, then save it when you are ready.</source>
        <translation type="unfinished">آپ جو لکھ رہے تھے وہ ہم نے رکھ لیا۔ اسے چیک کریں، پھر جب تیار ہوں تو محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation type="unfinished">پھینک دیں</translation>
    </message>
    <message>
        <source>Throw away what was kept</source>
        <translation type="unfinished">جو رکھا گیا تھا اسے پھینک دیں</translation>
    </message>
    <message>
        <source>&lt;h2&gt;New entry&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;نیا اندراج&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">یہ کب ہوا</translation>
    </message>
    <message>
        <source>Date and time. Left and Right move between the parts, Up and Down change one. Tab leaves the box.</source>
        <translation type="unfinished">تاریخ اور وقت۔ Left اور Right حصوں کے درمیان جاتے ہیں، Up اور Down ایک حصہ بدلتے ہیں۔ Tab خانے سے باہر لے جاتا ہے۔</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished">ابھی</translation>
    </message>
    <message>
        <source>Set to now</source>
        <translation type="unfinished">ابھی کا وقت رکھیں</translation>
    </message>
    <message>
        <source>&amp;When it happened</source>
        <translation type="unfinished">یہ کب ہوا (&amp;W)</translation>
    </message>
    <message>
        <source>When it happened, not when you are writing it down. A rough time is fine.</source>
        <translation type="unfinished">یہ کب ہوا، نہ کہ آپ کب لکھ رہے ہیں۔ اندازاً وقت بھی ٹھیک ہے۔</translation>
    </message>
    <message>
        <source>What kind of thing happened</source>
        <translation type="unfinished">کس قسم کی بات ہوئی</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished">قسم (&amp;K)</translation>
    </message>
    <message>
        <source>Choose or type, for example Instagram</source>
        <translation type="unfinished">چنیں یا لکھیں، مثلاً Instagram</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation type="unfinished">پلیٹ فارم یا ایپ</translation>
    </message>
    <message>
        <source>&amp;Platform or app</source>
        <translation type="unfinished">پلیٹ فارم یا ایپ (&amp;P)</translation>
    </message>
    <message>
        <source>The app, website or phone service where it happened.</source>
        <translation type="unfinished">وہ ایپ، ویب سائٹ یا فون سروس جہاں یہ ہوا۔</translation>
    </message>
    <message>
        <source>Account, username or number</source>
        <translation type="unfinished">اکاؤنٹ، یوزر نیم یا نمبر</translation>
    </message>
    <message>
        <source>&amp;Account, username or number</source>
        <translation type="unfinished">اکاؤنٹ، یوزر نیم یا نمبر (&amp;A)</translation>
    </message>
    <message>
        <source>Copy it exactly as shown, for example @name, a profile link, a phone number or an email. Display names can change; usernames and numbers help the most.</source>
        <translation type="unfinished">اسے بالکل ویسا کاپی کریں جیسا نظر آئے، مثلاً @name، پروفائل کا لنک، فون نمبر یا ای میل۔ ظاہری نام بدل سکتے ہیں؛ یوزر نیم اور نمبر سب سے زیادہ مدد کرتے ہیں۔</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished">https://…</translation>
    </message>
    <message>
        <source>Web addresses, one per line</source>
        <translation type="unfinished">ویب ایڈریس، ہر لائن میں ایک</translation>
    </message>
    <message>
        <source>Web &amp;addresses</source>
        <translation type="unfinished">ویب ایڈریس (&amp;A)</translation>
    </message>
    <message>
        <source>One per line. Copy them from the address bar or the Share menu.</source>
        <translation type="unfinished">ہر لائن میں ایک۔ انہیں ایڈریس بار یا Share مینو سے کاپی کریں۔</translation>
    </message>
    <message>
        <source>What happened, in your own words. You can paste whole messages here.</source>
        <translation type="unfinished">کیا ہوا، آپ کے اپنے الفاظ میں۔ آپ پورے پیغامات یہاں پیسٹ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">کیا ہوا</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished">کیا ہوا (&amp;H)</translation>
    </message>
    <message>
        <source>Exact words, dates, amounts of money asked for, and what they threatened to do all help.</source>
        <translation type="unfinished">بالکل وہی الفاظ، تاریخیں، مانگی گئی رقم، اور انہوں نے کیا کرنے کی دھمکی دی، یہ سب مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>for example: £500 by bank transfer by Friday 6 pm</source>
        <translation type="unfinished">مثلاً: جمعہ شام 6 بجے تک بینک ٹرانسفر سے £500</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished">انہوں نے کیا مانگا</translation>
    </message>
    <message>
        <source>What they &amp;demanded</source>
        <translation type="unfinished">انہوں نے کیا مانگا (&amp;D)</translation>
    </message>
    <message>
        <source>If they asked for anything: money (how much, and any payment details they gave), more images, and any deadline. Leave it empty if they did not.</source>
        <translation type="unfinished">اگر انہوں نے کچھ مانگا: پیسے (کتنے، اور پیسوں کی جو تفصیل انہوں نے دی)، مزید تصویریں، اور کوئی آخری وقت۔ اگر نہیں مانگا تو خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished">کس کو بتایا</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished">حوالہ نمبر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>Who you reported it to</source>
        <translation type="unfinished">آپ نے کس کو رپورٹ کیا</translation>
    </message>
    <message>
        <source>Each row: who you told, their reference number, the date.</source>
        <translation type="unfinished">ہر قطار: آپ نے کس کو بتایا، ان کا حوالہ نمبر، تاریخ۔</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation type="unfinished">رپورٹ شامل کریں</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation type="unfinished">رپورٹ ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the selected report</source>
        <translation type="unfinished">چنی ہوئی رپورٹ ہٹائیں</translation>
    </message>
    <message>
        <source>&amp;Reported to</source>
        <translation type="unfinished">کس کو رپورٹ کیا (&amp;R)</translation>
    </message>
    <message>
        <source>The platform, the police, a helpline or StopNCII, with any crime reference, report or case number they gave you.</source>
        <translation type="unfinished">پلیٹ فارم، پولیس، کوئی ہیلپ لائن یا StopNCII، اور انہوں نے جو کرائم ریفرنس، رپورٹ یا کیس نمبر دیا۔</translation>
    </message>
    <message>
        <source>for example: money, school, ex</source>
        <translation type="unfinished">مثلاً: پیسے، اسکول، سابق ساتھی</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished">ٹیگ، کوما (,) سے الگ کیے ہوئے</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished">ٹیگ (&amp;T)</translation>
    </message>
    <message>
        <source>Your own words to find entries later, separated by commas.</source>
        <translation type="unfinished">بعد میں اندراجات ڈھونڈنے کے لیے آپ کے اپنے الفاظ، کوما (,) سے الگ کیے ہوئے۔</translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished">فائلیں</translation>
    </message>
    <message>
        <source>Screenshots, photos of messages, emails saved as files.</source>
        <translation type="unfinished">اسکرین شاٹ، پیغامات کی تصویریں، فائل کے طور پر محفوظ کی گئی ای میلز۔</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">تاریخچہ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished">محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished">اندراج محفوظ کریں</translation>
    </message>
    <message>
        <source>Back to list</source>
        <translation type="unfinished">فہرست پر واپس</translation>
    </message>
    <message>
        <source>Back to the list of entries</source>
        <translation type="unfinished">اندراجات کی فہرست پر واپس</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation type="unfinished">اندراج ڈیلیٹ کریں…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished">یہ اندراج ڈیلیٹ کریں</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished">ابھی محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Entry&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;اندراج&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>History: </source>
        <translation type="unfinished">تاریخچہ: </translation>
    </message>
    <message>
        <source>Please wait until the file has been added.</source>
        <translation type="unfinished">براہ کرم فائل شامل ہونے تک انتظار کریں۔</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Saved at {v0}.</source>
        <translation type="unfinished">{v0} پر محفوظ ہوا۔</translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n files.</source>
        <comment>Saved, with %n file.</comment>
        <translation type="unfinished">
            <numerusform>محفوظ ہو گیا، %n فائل کے ساتھ۔</numerusform>
            <numerusform>محفوظ ہو گیا، %n فائلوں کے ساتھ۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, with no files.</source>
        <translation type="unfinished">محفوظ ہو گیا، بغیر فائلوں کے۔</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">غیر محفوظ تبدیلیاں</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. What would you like to do?</source>
        <translation type="unfinished">آپ کی کچھ تبدیلیاں ابھی محفوظ نہیں ہوئیں۔ آپ کیا کرنا چاہیں گے؟</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">محفوظ کریں</translation>
    </message>
    <message>
        <source>Throw away changes</source>
        <translation type="unfinished">تبدیلیاں پھینک دیں</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="unfinished">لکھتے رہیں</translation>
    </message>
    <message>
        <source>Throw away what was kept?</source>
        <translation type="unfinished">جو رکھا گیا تھا اسے پھینک دیں؟</translation>
    </message>
    <message>
        <source>This removes the unsaved writing that was kept for you. It cannot be brought back.</source>
        <translation type="unfinished">یہ آپ کے لیے رکھی گئی غیر محفوظ تحریر مٹا دیتا ہے۔ اسے واپس نہیں لایا جا سکتا۔</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished">یہ اندراج ڈیلیٹ کریں؟</translation>
    </message>
    <message>
        <source>Delete this entry and its files? It cannot be brought back. The journal keeps a note of when something was deleted, but not what it said.</source>
        <translation type="unfinished">یہ اندراج اور اس کی فائلیں ڈیلیٹ کریں؟ انہیں واپس نہیں لایا جا سکتا۔ ڈائری یہ نوٹ رکھتی ہے کہ کچھ کب ڈیلیٹ ہوا، لیکن یہ نہیں کہ اس میں کیا لکھا تھا۔</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished">اندراج ڈیلیٹ کریں</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished">ڈیلیٹ نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;This export is not encrypted.&lt;/b&gt; Anyone who gets the file can read everything in it and see every picture. Save it straight to a USB stick (not to this computer), keep the stick somewhere safe, and only give it to people you trust, like the police or a helpline.</source>
        <translation type="unfinished">&lt;b&gt;یہ ایکسپورٹ خفیہ (encrypted) نہیں ہے۔&lt;/b&gt; جس کے پاس بھی یہ فائل ہو، وہ اس میں سب کچھ پڑھ سکتا ہے اور ہر تصویر دیکھ سکتا ہے۔ اسے سیدھا USB اسٹک پر محفوظ کریں (اس کمپیوٹر پر نہیں)، اسٹک کسی محفوظ جگہ رکھیں، اور صرف بھروسے والوں کو دیں، جیسے پولیس یا کوئی ہیلپ لائن۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never pass on an image of someone under 18&lt;/b&gt;, not even to the police or a helpline. Sharing it can be a crime, even when you are trying to help. Give the police the web addresses (links), usernames and messages instead. They can find the images themselves.</source>
        <translation type="unfinished">&lt;b&gt;18 سال سے کم عمر کسی فرد کی تصویر کبھی آگے نہ دیں&lt;/b&gt;، پولیس یا ہیلپ لائن کو بھی نہیں۔ اسے شیئر کرنا جرم ہو سکتا ہے، چاہے آپ مدد کرنے کی کوشش کر رہے ہوں۔ اس کے بجائے پولیس کو ویب ایڈریس (لنک)، یوزر نیم اور پیغامات دیں۔ وہ تصویریں خود ڈھونڈ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Export for police or a helpline</source>
        <translation type="unfinished">پولیس یا ہیلپ لائن کے لیے ایکسپورٹ</translation>
    </message>
    <message>
        <source>Export choices</source>
        <translation type="unfinished">ایکسپورٹ کے انتخاب</translation>
    </message>
    <message>
        <source>Make a report you can give to the police or a helpline: a PDF report on its own, or one ZIP file with the report, your attached files exactly as you saved them, and fingerprints that show nothing was changed.</source>
        <translation type="unfinished">ایسی رپورٹ بنائیں جو آپ پولیس یا کسی ہیلپ لائن کو دے سکیں: صرف PDF رپورٹ، یا ایک ZIP فائل جس میں رپورٹ، آپ کی شامل کی گئی فائلیں بالکل ویسی جیسی آپ نے محفوظ کیں، اور فنگر پرنٹ ہوں جو دکھاتے ہیں کہ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Warning: this export is not encrypted</source>
        <translation type="unfinished">خبردار: یہ ایکسپورٹ خفیہ (encrypted) نہیں</translation>
    </message>
    <message>
        <source>Reminder: never pass on an image of someone under 18</source>
        <translation type="unfinished">یاد رکھیں: 18 سال سے کم عمر کسی فرد کی تصویر کبھی آگے نہ دیں</translation>
    </message>
    <message>
        <source>What to save</source>
        <translation type="unfinished">کیا محفوظ کریں</translation>
    </message>
    <message>
        <source>Everything in one ZIP file: the report,
your files and their fingerprints</source>
        <translation type="unfinished">سب کچھ ایک ZIP فائل میں: رپورٹ،
آپ کی فائلیں اور ان کے فنگر پرنٹ</translation>
    </message>
    <message>
        <source>The report only (one PDF file)</source>
        <translation type="unfinished">صرف رپورٹ (ایک PDF فائل)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished">کیا ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished">تمام اندراجات</translation>
    </message>
    <message>
        <source>Entries between two dates</source>
        <translation type="unfinished">دو تاریخوں کے درمیان کے اندراجات</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n entries you chose</source>
        <comment>Only the %n entry you chose</comment>
        <translation type="unfinished">
            <numerusform>صرف آپ کا چنا ہوا %n اندراج</numerusform>
            <numerusform>صرف آپ کے چنے ہوئے %n اندراجات</numerusform>
        </translation>
    </message>
    <message>
        <source>Only chosen entries (none chosen)</source>
        <translation type="unfinished">صرف چنے ہوئے اندراجات (کوئی نہیں چنا)</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">سے</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">تک</translation>
    </message>
    <message>
        <source>Attached files (screenshots, photos, others)</source>
        <translation type="unfinished">شامل کی گئی فائلیں (اسکرین شاٹ، تصویریں، دوسری)</translation>
    </message>
    <message>
        <source>All attached files</source>
        <translation type="unfinished">تمام شامل کی گئی فائلیں</translation>
    </message>
    <message>
        <source>Files, but no photos or videos</source>
        <translation type="unfinished">فائلیں، لیکن تصویریں یا ویڈیوز نہیں</translation>
    </message>
    <message>
        <source>No files</source>
        <translation type="unfinished">کوئی فائل نہیں</translation>
    </message>
    <message>
        <source>Files left out are still listed in the report by name and fingerprint.</source>
        <translation type="unfinished">جو فائلیں شامل نہیں کی گئیں، وہ بھی رپورٹ میں نام اور فنگر پرنٹ کے ساتھ درج ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>On the front page (optional)</source>
        <translation type="unfinished">پہلے صفحے پر (اختیاری)</translation>
    </message>
    <message>
        <source>Leave empty if you prefer</source>
        <translation type="unfinished">چاہیں تو خالی چھوڑ دیں</translation>
    </message>
    <message>
        <source>A phone number or email the police can use</source>
        <translation type="unfinished">فون نمبر یا ای میل جو پولیس استعمال کر سکے</translation>
    </message>
    <message>
        <source>Your name, for the front page (optional)</source>
        <translation type="unfinished">آپ کا نام، پہلے صفحے کے لیے (اختیاری)</translation>
    </message>
    <message>
        <source>How to contact you, for the front page (optional)</source>
        <translation type="unfinished">آپ سے رابطے کا طریقہ، پہلے صفحے کے لیے (اختیاری)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished">آپ کا نام:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished">رابطہ:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished">ایکسپورٹ کی پیش رفت</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished">ایکسپورٹ کی صورتحال</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished">فولڈر کھولیں</translation>
    </message>
    <message>
        <source>Show the folder the export was saved in</source>
        <translation type="unfinished">وہ فولڈر دکھائیں جس میں ایکسپورٹ محفوظ ہوا</translation>
    </message>
    <message>
        <source>Result of checking a bundle</source>
        <translation type="unfinished">بنڈل چیک کرنے کا نتیجہ</translation>
    </message>
    <message>
        <source>Check a bundle…</source>
        <translation type="unfinished">بنڈل چیک کریں…</translation>
    </message>
    <message>
        <source>Save export…</source>
        <translation type="unfinished">ایکسپورٹ محفوظ کریں…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message>
        <source>Check a bundle</source>
        <translation type="unfinished">بنڈل چیک کریں</translation>
    </message>
    <message>
        <source>Check that an evidence bundle&apos;s files have not been changed</source>
        <translation type="unfinished">چیک کریں کہ ثبوت کے بنڈل کی فائلیں بدلی نہیں گئیں</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation type="unfinished">ایکسپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>Choose where to save the export, then make it</source>
        <translation type="unfinished">چنیں کہ ایکسپورٹ کہاں محفوظ کرنا ہے، پھر اسے بنائیں</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished">ایکسپورٹ منسوخ کریں</translation>
    </message>
    <message>
        <source>The start date is after the end date. Please check the dates.</source>
        <translation type="unfinished">شروع کی تاریخ آخری تاریخ کے بعد ہے۔ براہ کرم تاریخیں چیک کریں۔</translation>
    </message>
    <message>
        <source>No entries match what you chose, so there is nothing to export.</source>
        <translation type="unfinished">آپ کے انتخاب سے کوئی اندراج میل نہیں کھاتا، اس لیے ایکسپورٹ کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Save the export (choose your USB stick)</source>
        <translation type="unfinished">ایکسپورٹ محفوظ کریں (اپنی USB اسٹک چنیں)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished">ZIP فائلیں (*.zip)</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished">کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Saving to {path} …</source>
        <translation type="unfinished">{path} میں محفوظ ہو رہا ہے …</translation>
    </message>
    <message>
        <source>Saved: {v0} (the report on its own: {entries}, {pages}).
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished">محفوظ ہو گیا: {v0} (صرف رپورٹ: {entries}، {pages})۔
یاد رکھیں: یہ فائل خفیہ (encrypted) نہیں۔ اسے محفوظ رکھیں اور کسی بھی مشترکہ کمپیوٹر سے ڈیلیٹ کر دیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform>%n اندراج</numerusform>
            <numerusform>%n اندراجات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>%n page</comment>
        <translation type="unfinished">
            <numerusform>%n صفحہ</numerusform>
            <numerusform>%n صفحات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files left out.</source>
        <comment>%n file left out.</comment>
        <translation type="unfinished">
            <numerusform>%n فائل شامل نہیں کی گئی۔</numerusform>
            <numerusform>%n فائلیں شامل نہیں کی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: {v0} ({entries}, {files}).{left}
Fingerprint of this bundle (write it down): {v6}
Fingerprint of manifest.json: {v7}
Remember: this file is not encrypted. Keep it safe and delete it from any shared computer.</source>
        <translation type="unfinished">محفوظ ہو گیا: {v0} ({entries}، {files})۔{left}
اس بنڈل کا فنگر پرنٹ (اسے لکھ لیں): {v6}
manifest.json کا فنگر پرنٹ: {v7}
یاد رکھیں: یہ فائل خفیہ (encrypted) نہیں۔ اسے محفوظ رکھیں اور کسی بھی مشترکہ کمپیوٹر سے ڈیلیٹ کر دیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <comment>%n file</comment>
        <translation type="unfinished">
            <numerusform>%n فائل</numerusform>
            <numerusform>%n فائلیں</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished">ایکسپورٹ روک دیا گیا۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>{exc} Nothing was saved.</source>
        <translation type="unfinished">{exc} کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Something went wrong and the export was not made. Nothing was saved. Please try again.</source>
        <translation type="unfinished">کچھ غلط ہو گیا اور ایکسپورٹ نہیں بنا۔ کچھ محفوظ نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Stopping the export …</source>
        <translation type="unfinished">ایکسپورٹ رک رہا ہے …</translation>
    </message>
    <message>
        <source>Choose an evidence bundle to check</source>
        <translation type="unfinished">چیک کرنے کے لیے ثبوت کا بنڈل چنیں</translation>
    </message>
    <message>
        <source>ZIP files (*.zip);;All files (*)</source>
        <translation type="unfinished">ZIP فائلیں (*.zip);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Checking {v0} …</source>
        <translation type="unfinished">{v0} چیک ہو رہا ہے …</translation>
    </message>
    <message>
        <source>The bundle matches its fingerprint list. Compare its fingerprint (below) with the noted one.</source>
        <translation type="unfinished">بنڈل اپنی فنگر پرنٹ فہرست سے میل کھاتا ہے۔ اس کا فنگر پرنٹ (نیچے) لکھے ہوئے فنگر پرنٹ سے ملائیں۔</translation>
    </message>
    <message>
        <source>The bundle could not be checked.</source>
        <translation type="unfinished">بنڈل چیک نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Older format: partly checked. The report is not covered.</source>
        <translation type="unfinished">پرانا فارمیٹ: کچھ حصہ چیک ہوا۔ رپورٹ اس میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>The bundle does NOT match. The details are below.</source>
        <translation type="unfinished">بنڈل میل نہیں کھاتا۔ تفصیل نیچے ہے۔</translation>
    </message>
    <message>
        <source>The bundle could not be checked. It may be damaged.</source>
        <translation type="unfinished">بنڈل چیک نہیں ہو سکا۔ ہو سکتا ہے یہ خراب ہو۔</translation>
    </message>
</context>
<context>
    <name>FirstQuestions</name>
    <message>
        <source>Optional questions</source>
        <translation type="unfinished">اختیاری سوال</translation>
    </message>
    <message>
        <source>Does anyone else use this computer, or might someone look at it?</source>
        <translation type="unfinished">کیا کوئی اور یہ کمپیوٹر استعمال کرتا ہے، یا کوئی اسے دیکھ سکتا ہے؟</translation>
    </message>
    <message>
        <source> If you say yes, the app will open on a plain page called “Notes” that says nothing about it.</source>
        <translation type="unfinished"> اگر آپ &quot;ہاں&quot; کہیں، تو ایپ ایک سادہ صفحے پر کھلے گی جس کا نام &quot;Notes&quot; ہے، اور جو اس ایپ کے بارے میں کچھ نہیں بتاتا۔</translation>
    </message>
    <message>
        <source>Yes, open on a plain page</source>
        <translation type="unfinished">ہاں، سادہ صفحے پر کھولیں</translation>
    </message>
    <message>
        <source>No, only me</source>
        <translation type="unfinished">نہیں، صرف میں</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation type="unfinished">یہ ایپ کون استعمال کر رہا ہے؟</translation>
    </message>
    <message>
        <source>Optional. You can change this later in Settings.</source>
        <translation type="unfinished">اختیاری۔ آپ اسے بعد میں سیٹنگز میں بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished">کیا آپ کی عمر 18 سال سے کم ہے؟</translation>
    </message>
    <message>
        <source>Optional. It puts the right services first. Nothing is hidden.</source>
        <translation type="unfinished">اختیاری۔ اس سے صحیح سروسز پہلے آتی ہیں۔ کچھ چھپایا نہیں جاتا۔</translation>
    </message>
    <message>
        <source>Yes, I&apos;m under 18</source>
        <translation type="unfinished">ہاں، میری عمر 18 سال سے کم ہے</translation>
    </message>
    <message>
        <source>No, I&apos;m 18 or over</source>
        <translation type="unfinished">نہیں، میری عمر 18 سال یا زیادہ ہے</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">چھوڑیں</translation>
    </message>
    <message>
        <source>Done: next time, the app opens on a plain “Notes” page. Click Continue there to get back here. You can change this in Settings.</source>
        <translation type="unfinished">ہو گیا: اگلی بار ایپ ایک سادہ &quot;Notes&quot; صفحے پر کھلے گی۔ یہاں واپس آنے کے لیے وہاں &quot;جاری رکھیں&quot; پر کلک کریں۔ آپ اسے سیٹنگز میں بدل سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>GuestBar</name>
    <message>
        <source>Guest session</source>
        <translation type="unfinished">مہمان سیشن</translation>
    </message>
    <message>
        <source>Print or save a &amp;handout…</source>
        <translation type="unfinished">ہینڈ آؤٹ پرنٹ یا محفوظ کریں (&amp;H)…</translation>
    </message>
    <message>
        <source>Print or save a handout</source>
        <translation type="unfinished">ہینڈ آؤٹ پرنٹ یا محفوظ کریں</translation>
    </message>
    <message>
        <source>A contacts card or a guidance page to take away.</source>
        <translation type="unfinished">ساتھ لے جانے کے لیے رابطوں کا کارڈ یا رہنمائی کا صفحہ۔</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished">ملاقات ختم کریں (&amp;E)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished">ملاقات ختم کریں</translation>
    </message>
    <message>
        <source>Asks first, then forgets this visit: searches, pages, text size, the take-away journal. Then goes back to the start.</source>
        <translation type="unfinished">پہلے پوچھتا ہے، پھر یہ ملاقات بھول جاتا ہے: تلاشیں، صفحے، متن کا سائز، ساتھ لے جانے والی ڈائری۔ پھر شروع پر واپس جاتا ہے۔</translation>
    </message>
    <message>
        <source>Forget everything from this visit and start again</source>
        <translation type="unfinished">اس ملاقات کا سب کچھ بھول کر دوبارہ شروع کریں</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished">→ واپس</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation type="unfinished">واپس جائیں (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation type="unfinished">آگے ←</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished">آگے</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation type="unfinished">آگے جائیں (Alt+Right)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">پہلا صفحہ</translation>
    </message>
    <message>
        <source>Home: what is happening?</source>
        <translation type="unfinished">پہلا صفحہ: کیا ہو رہا ہے؟</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation type="unfinished">شروع کے صفحے پر واپس</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished">تلاش (&amp;R):</translation>
    </message>
    <message>
        <source>Type a word</source>
        <translation type="unfinished">کوئی لفظ لکھیں</translation>
    </message>
    <message>
        <source>Search the guidance</source>
        <translation type="unfinished">رہنمائی میں تلاش کریں</translation>
    </message>
    <message>
        <source>Type a word. Results appear below. Press Down or Enter to go to them, Escape to clear.</source>
        <translation type="unfinished">کوئی لفظ لکھیں۔ نتائج نیچے آتے ہیں۔ ان تک جانے کے لیے Down یا Enter دبائیں، مٹانے کے لیے Escape۔</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished">تلاش مٹائیں</translation>
    </message>
    <message>
        <source>Clear search (Escape)</source>
        <translation type="unfinished">تلاش مٹائیں (Escape)</translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished">A−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished">چھوٹا کریں</translation>
    </message>
    <message>
        <source>Zoom out: smaller page text (Ctrl+−)</source>
        <translation type="unfinished">چھوٹا کریں: صفحے کا متن چھوٹا (Ctrl+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished">A+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished">بڑا کریں</translation>
    </message>
    <message>
        <source>Zoom in: bigger page text (Ctrl++)</source>
        <translation type="unfinished">بڑا کریں: صفحے کا متن بڑا (Ctrl++)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">پرنٹ…</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation type="unfinished">یہ صفحہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished">PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save this page as a PDF</source>
        <translation type="unfinished">یہ صفحہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save this page as a PDF file</source>
        <translation type="unfinished">یہ صفحہ PDF فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Guidance page</source>
        <translation type="unfinished">رہنمائی کا صفحہ</translation>
    </message>
    <message>
        <source>Change place…</source>
        <translation type="unfinished">جگہ بدلیں…</translation>
    </message>
    <message>
        <source>Choose where you are: the numbers and the law follow</source>
        <translation type="unfinished">چنیں کہ آپ کہاں ہیں: نمبر اور قانون اسی کے مطابق ہوں گے</translation>
    </message>
    <message>
        <source>On &amp;this page</source>
        <translation type="unfinished">اس صفحے پر (&amp;T)</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation type="unfinished">اس صفحے پر</translation>
    </message>
    <message>
        <source>Headings on this page. Press Enter to jump to one.</source>
        <translation type="unfinished">اس صفحے کی سرخیاں۔ کسی پر جانے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet checked by an adviser. &lt;a href=&quot;about&quot;&gt;More&lt;/a&gt;</source>
        <translation type="unfinished">مشین کی مدد سے ترجمہ، ابھی چیک نہیں ہوا۔ &lt;a href=&quot;about&quot;&gt;مزید&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Machine-assisted translation, not yet checked by an adviser</source>
        <translation type="unfinished">مشین کی مدد سے ترجمہ، ابھی کسی مشیر نے چیک نہیں کیا</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished">تلاش کے نتائج</translation>
    </message>
    <message>
        <source>The guidance could not be loaded</source>
        <translation type="unfinished">رہنمائی نہیں کھل سکی</translation>
    </message>
    <message>
        <source>That page could not be found</source>
        <translation type="unfinished">وہ صفحہ نہیں ملا</translation>
    </message>
    <message>
        <source>This link points to a page that is not in this version of the app.</source>
        <translation type="unfinished">یہ لنک ایسے صفحے کا ہے جو ایپ کے اس ورژن میں نہیں۔</translation>
    </message>
    <message>
        <source>This page could not be shown</source>
        <translation type="unfinished">یہ صفحہ نہیں دکھایا جا سکا</translation>
    </message>
    <message>
        <source>Copied {number}. You can paste it into your phone. This app cannot make calls.</source>
        <translation type="unfinished">{number} کاپی ہو گیا۔ آپ اسے اپنے فون میں لکھ سکتے ہیں۔ یہ ایپ فون نہیں کر سکتی۔</translation>
    </message>
    <message>
        <source>Change place</source>
        <translation type="unfinished">جگہ بدلیں</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;You said you are under 18.&lt;/strong&gt; Start here: &lt;a href=&quot;page:under-18&quot;&gt;{title}&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;آپ نے بتایا کہ آپ کی عمر 18 سال سے کم ہے۔&lt;/strong&gt; یہاں سے شروع کریں: &lt;a href=&quot;page:under-18&quot;&gt;{title}&lt;/a&gt;۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>
&lt;h2 id=&quot;related-pages&quot;&gt;Related pages&lt;/h2&gt;
&lt;ul class=&quot;related&quot;&gt;{items}&lt;/ul&gt;
</source>
        <translation type="unfinished">
&lt;h2 id=&quot;related-pages&quot;&gt;متعلقہ صفحے&lt;/h2&gt;
&lt;ul class=&quot;related&quot;&gt;{items}&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Last reviewed: {v0}&lt;/p&gt;
&lt;p class=&quot;meta&quot;&gt;{v1}&lt;/p&gt;
</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot;&gt;آخری بار دیکھا گیا: {v0}&lt;/p&gt;
&lt;p class=&quot;meta&quot;&gt;{v1}&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Last reviewed: {v0}&lt;/p&gt;
</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot;&gt;آخری بار دیکھا گیا: {v0}&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Guidance page: {v0}</source>
        <translation type="unfinished">رہنمائی کا صفحہ: {v0}</translation>
    </message>
    <message>
        <source>Top of the page</source>
        <translation type="unfinished">صفحے کا شروع</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation type="unfinished">کس کو فون کریں</translation>
    </message>
    <message>
        <source>Related pages</source>
        <translation type="unfinished">متعلقہ صفحے</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>%n page</comment>
        <translation type="unfinished">
            <numerusform>%n صفحہ</numerusform>
            <numerusform>%n صفحات</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} found for “{query}”. Press Enter to open one, Escape to go back.</source>
        <translation type="unfinished">&quot;{query}&quot; کے لیے {count} ملے۔ کوئی کھولنے کے لیے Enter دبائیں، واپس جانے کے لیے Escape۔</translation>
    </message>
    <message>
        <source>No pages found for “{query}”. Try a different or shorter word.</source>
        <translation type="unfinished">&quot;{query}&quot; کے لیے کوئی صفحہ نہیں ملا۔ کوئی اور یا چھوٹا لفظ آزمائیں۔</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished">رہنمائی</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Choose what to give the person to take away. Handouts never show anything typed in this app, so nobody&apos;s name is printed.</source>
        <translation type="unfinished">چنیں کہ اس فرد کو ساتھ لے جانے کے لیے کیا دینا ہے۔ ہینڈ آؤٹ میں اس ایپ میں لکھی کوئی بات کبھی نہیں ہوتی، اس لیے کسی کا نام پرنٹ نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>A &amp;contacts card</source>
        <translation type="unfinished">رابطوں کا کارڈ (&amp;C)</translation>
    </message>
    <message>
        <source>A contacts card</source>
        <translation type="unfinished">رابطوں کا کارڈ</translation>
    </message>
    <message>
        <source>A &amp;guidance page</source>
        <translation type="unfinished">رہنمائی کا صفحہ (&amp;G)</translation>
    </message>
    <message>
        <source>A guidance page</source>
        <translation type="unfinished">رہنمائی کا صفحہ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">علاقہ</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">علاقہ (&amp;R):</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation type="unfinished">مدد کی قسم</translation>
    </message>
    <message>
        <source>Any kind of help</source>
        <translation type="unfinished">کسی بھی قسم کی مدد</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation type="unfinished">مدد کی قسم (&amp;K):</translation>
    </message>
    <message>
        <source>Guidance page</source>
        <translation type="unfinished">رہنمائی کا صفحہ</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished">صفحہ (&amp;P):</translation>
    </message>
    <message>
        <source>How the handout will look</source>
        <translation type="unfinished">ہینڈ آؤٹ کیسا دکھے گا</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">پرنٹ (&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">پرنٹ</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">PDF کے طور پر محفوظ کریں (&amp;S)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished">پرنٹر کو بھیج دیا۔</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation type="unfinished">{path} کے طور پر محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Every export is signed with this journal&apos;s own key, and this ID is its short fingerprint: the same on every export. It shows that the same journal made each export and that nothing changed after signing. It does not show when things happened (times come from this computer&apos;s clock), or that what was written is true, and anyone who knows the passphrase can sign as this journal.</source>
        <translation type="unfinished">ہر ایکسپورٹ پر اس ڈائری کی اپنی کی سے دستخط ہوتے ہیں، اور یہ ID اس کا مختصر فنگر پرنٹ ہے: ہر ایکسپورٹ پر ایک جیسا۔ یہ دکھاتا ہے کہ ہر ایکسپورٹ اسی ڈائری نے بنایا، اور دستخط کے بعد کچھ نہیں بدلا۔ یہ نہیں دکھاتا کہ باتیں کب ہوئیں (وقت اس کمپیوٹر کی گھڑی سے آتا ہے)، یا یہ کہ لکھی گئی بات سچ ہے؛ اور جو بھی پاس فریز جانتا ہے وہ اس ڈائری کی طرف سے دستخط کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>What was done to this journal and when, newest first. It never records what you wrote.</source>
        <translation type="unfinished">اس ڈائری کے ساتھ کیا کیا گیا اور کب، نیا سب سے پہلے۔ یہ کبھی ریکارڈ نہیں کرتا کہ آپ نے کیا لکھا۔</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">تاریخچہ</translation>
    </message>
    <message>
        <source>Journal ID: {journal_id}</source>
        <translation type="unfinished">ڈائری کی ID: {journal_id}</translation>
    </message>
    <message>
        <source>Journal ID {journal_id}</source>
        <translation type="unfinished">ڈائری کی ID {journal_id}</translation>
    </message>
    <message>
        <source>History of this journal</source>
        <translation type="unfinished">اس ڈائری کا تاریخچہ</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">کب</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">کیا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>This is a private notebook where you can write down what happened and keep screenshots, in case you want to report it.</source>
        <translation type="unfinished">یہ ایک نجی نوٹ بک ہے جس میں آپ لکھ سکتے ہیں کہ کیا ہوا، اور اسکرین شاٹ رکھ سکتے ہیں، اگر آپ رپورٹ کرنا چاہیں۔</translation>
    </message>
    <message>
        <source>It is encrypted and stays on this computer only, and nobody can get it back if you forget the passphrase, so write a hint somewhere safe or make an encrypted backup.</source>
        <translation type="unfinished">یہ خفیہ (encrypted) ہے اور صرف اس کمپیوٹر پر رہتی ہے۔ اگر آپ پاس فریز بھول جائیں تو کوئی اسے واپس نہیں لا سکتا، اس لیے کسی محفوظ جگہ کوئی اشارہ لکھ لیں، یا خفیہ بیک اپ بنا لیں۔</translation>
    </message>
    <message>
        <source>If someone watches this computer with spying software, they may still see what you type.</source>
        <translation type="unfinished">اگر کوئی جاسوسی سافٹ ویئر سے اس کمپیوٹر پر نظر رکھ رہا ہے، تو وہ پھر بھی دیکھ سکتا ہے کہ آپ کیا لکھتے ہیں۔</translation>
    </message>
    <message>
        <source>Your journal is ready. Tip: choose Backup… to save an encrypted copy, for example on a USB stick, in case this computer is lost or you forget your passphrase.</source>
        <translation type="unfinished">آپ کی ڈائری تیار ہے۔ مشورہ: &quot;بیک اپ…&quot; چن کر ایک خفیہ کاپی محفوظ کریں، مثلاً USB اسٹک پر، اگر یہ کمپیوٹر کھو جائے یا آپ پاس فریز بھول جائیں۔</translation>
    </message>
    <message>
        <source>Your private journal</source>
        <translation type="unfinished">آپ کی نجی ڈائری</translation>
    </message>
    <message>
        <source>Set up my journal</source>
        <translation type="unfinished">میری ڈائری بنائیں</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished">بیک اپ سے واپس لائیں…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">بیک اپ سے واپس لائیں</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished">پاس فریز چنیں</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Three or four ordinary words that have nothing to do with each other are strong and easy to remember. Nobody can reset it for you.</source>
        <translation type="unfinished">پاس فریز پاس ورڈ کی طرح ہوتا ہے، لیکن لمبا۔ تین یا چار عام الفاظ جن کا آپس میں کوئی تعلق نہ ہو، مضبوط بھی ہوتے ہیں اور یاد رکھنے میں آسان بھی۔ کوئی اسے آپ کے لیے دوبارہ نہیں بنا سکتا۔</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">نیا پاس فریز</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished">پاس فریز دوبارہ لکھیں</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished">دوبارہ لکھیں (&amp;A)</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished">میری ڈائری بنائیں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished">آپ کی ڈائری لاک ہے</translation>
    </message>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation type="unfinished">اسے کھولنے کے لیے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">پاس فریز</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">کھولیں</translation>
    </message>
    <message>
        <source>Forgot it? Nobody can reset it, but you can try as many times as you need. If you made a backup and remember its passphrase, you can restore it.</source>
        <translation type="unfinished">بھول گئے؟ کوئی اسے دوبارہ نہیں بنا سکتا، لیکن آپ جتنی بار چاہیں کوشش کر سکتے ہیں۔ اگر آپ نے بیک اپ بنایا تھا اور اس کا پاس فریز یاد ہے، تو آپ اسے واپس لا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Journal actions</source>
        <translation type="unfinished">ڈائری کے کام</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished">نیا اندراج</translation>
    </message>
    <message>
        <source>Write down something that happened (Ctrl+N)</source>
        <translation type="unfinished">جو ہوا وہ لکھیں (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished">ایکسپورٹ…</translation>
    </message>
    <message>
        <source>Make a report to share with police or a helpline</source>
        <translation type="unfinished">پولیس یا ہیلپ لائن کو دینے کے لیے رپورٹ بنائیں</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation type="unfinished">بیک اپ…</translation>
    </message>
    <message>
        <source>Save an encrypted copy, for example on a USB stick</source>
        <translation type="unfinished">ایک خفیہ کاپی محفوظ کریں، مثلاً USB اسٹک پر</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">واپس لائیں…</translation>
    </message>
    <message>
        <source>Bring back a journal from a backup</source>
        <translation type="unfinished">بیک اپ سے ڈائری واپس لائیں</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">پاس فریز بدلیں…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished">تاریخچہ…</translation>
    </message>
    <message>
        <source>What was done to this journal and when, and its ID</source>
        <translation type="unfinished">اس ڈائری کے ساتھ کیا کیا گیا اور کب، اور اس کی ID</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">لاک کریں</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation type="unfinished">ڈائری ابھی لاک کریں (Ctrl+L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message>
        <source>Close this tip</source>
        <translation type="unfinished">یہ مشورہ بند کریں</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation type="unfinished">کھل رہی ہے… اس میں ایک لمحہ لگتا ہے۔</translation>
    </message>
    <message>
        <source>Setting up your journal… this takes a moment.</source>
        <translation type="unfinished">آپ کی ڈائری بن رہی ہے… اس میں ایک لمحہ لگتا ہے۔</translation>
    </message>
    <message>
        <source>The folder for your journal could not be made. Nothing was saved.</source>
        <translation type="unfinished">آپ کی ڈائری کا فولڈر نہیں بن سکا۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished">براہ کرم اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Journal ID: {journal_id}</source>
        <translation type="unfinished">ڈائری کی ID: {journal_id}</translation>
    </message>
    <message>
        <source>Journal ID {journal_id}</source>
        <translation type="unfinished">ڈائری کی ID {journal_id}</translation>
    </message>
    <message>
        <source>That passphrase did not work. Check it and try again. Capital letters and spaces count.</source>
        <translation type="unfinished">یہ پاس فریز کام نہیں کیا۔ اسے چیک کریں اور دوبارہ کوشش کریں۔ بڑے حروف اور خالی جگہیں بھی گنی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>There is already a journal here. Unlock it with its passphrase.</source>
        <translation type="unfinished">یہاں پہلے سے ایک ڈائری ہے۔ اسے اس کے پاس فریز سے ان لاک کریں۔</translation>
    </message>
    <message>
        <source>Something went wrong and the journal did not open. Nothing was changed.</source>
        <translation type="unfinished">کچھ گڑبڑ ہو گئی اور ڈائری نہیں کھلی۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Your journal locked itself because nothing happened for a while.</source>
        <translation type="unfinished">کچھ دیر کوئی کام نہ ہونے کی وجہ سے آپ کی ڈائری خود لاک ہو گئی۔</translation>
    </message>
    <message>
        <source>Entry not opened</source>
        <translation type="unfinished">اندراج نہیں کھلا</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">پاس فریز بدل گیا</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one next time. Backups you made before still open with the old passphrase.</source>
        <translation type="unfinished">آپ کا پاس فریز بدل گیا ہے۔ اگلی بار نیا استعمال کریں۔ پہلے بنائے گئے بیک اپ اب بھی پرانے پاس فریز سے کھلتے ہیں۔</translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation type="unfinished">تاریخچہ نہیں دکھایا گیا</translation>
    </message>
    <message>
        <source>Lock the journal first?</source>
        <translation type="unfinished">پہلے ڈائری لاک کریں؟</translation>
    </message>
    <message>
        <source>To restore a backup, the journal locks first. What you are writing is kept.</source>
        <translation type="unfinished">بیک اپ واپس لانے کے لیے پہلے ڈائری لاک ہوتی ہے۔ جو آپ لکھ رہے ہیں وہ محفوظ رہتا ہے۔</translation>
    </message>
    <message>
        <source>Lock and continue</source>
        <translation type="unfinished">لاک کریں اور جاری رکھیں</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished">واپس نہیں آیا</translation>
    </message>
    <message>
        <source>The folder for your journal could not be made.</source>
        <translation type="unfinished">آپ کی ڈائری کا فولڈر نہیں بن سکا۔</translation>
    </message>
    <message>
        <source>Your backup is restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation type="unfinished">آپ کا بیک اپ واپس آ گیا ہے۔ اسے بیک اپ کے پاس فریز سے کھولیں۔</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open an email address</source>
        <translation type="unfinished">ای میل ایڈریس کھولیں</translation>
    </message>
    <message>
        <source>Open a web address</source>
        <translation type="unfinished">ویب ایڈریس کھولیں</translation>
    </message>
    <message>
        <source>This link goes to:</source>
        <translation type="unfinished">یہ لنک یہاں جاتا ہے:</translation>
    </message>
    <message>
        <source>This opens your email app to write to:</source>
        <translation type="unfinished">یہ آپ کی ای میل ایپ کھولتا ہے، اس پتے پر لکھنے کے لیے:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">ایڈریس</translation>
    </message>
    <message>
        <source>Your email app will keep a copy of anything you send. If someone else can see your email, think about using a safer device.</source>
        <translation type="unfinished">آپ کی ای میل ایپ آپ کی بھیجی ہر چیز کی کاپی رکھے گی۔ اگر کوئی اور آپ کی ای میل دیکھ سکتا ہے، تو کوئی زیادہ محفوظ فون یا کمپیوٹر استعمال کرنے کا سوچیں۔</translation>
    </message>
    <message>
        <source>If you open this in a web browser, the browser keeps it in its history. Someone who uses this computer could see it. To keep it more private, copy the address and paste it into a private window (also called incognito), or use a safer device.</source>
        <translation type="unfinished">اگر آپ اسے ویب براؤزر میں کھولتے ہیں، تو براؤزر اسے اپنی ہسٹری میں رکھتا ہے۔ اس کمپیوٹر کو استعمال کرنے والا کوئی اسے دیکھ سکتا ہے۔ زیادہ نجی رکھنے کے لیے ایڈریس کاپی کریں اور private (یا incognito) ونڈو میں لکھیں، یا کوئی زیادہ محفوظ فون یا کمپیوٹر استعمال کریں۔</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished">ایڈریس کاپی کریں</translation>
    </message>
    <message>
        <source>Open in email app</source>
        <translation type="unfinished">ای میل ایپ میں کھولیں</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished">براؤزر میں کھولیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished">رہنمائی (&amp;G)</translation>
    </message>
    <message>
        <source>Plain-language help on what is happening and what to do next</source>
        <translation type="unfinished">آسان زبان میں مدد: کیا ہو رہا ہے اور آگے کیا کریں</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished">رابطے (&amp;C)</translation>
    </message>
    <message>
        <source>People and services who can help, for your region</source>
        <translation type="unfinished">آپ کے علاقے میں لوگ اور سروسز جو مدد کر سکتے ہیں</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished">ڈائری (&amp;J)</translation>
    </message>
    <message>
        <source>A private, encrypted notebook for keeping a record of what happened</source>
        <translation type="unfinished">جو ہوا اس کا ریکارڈ رکھنے کے لیے ایک نجی، خفیہ (encrypted) نوٹ بک</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished">سیٹنگز (&amp;S)</translation>
    </message>
    <message>
        <source>Quick exit keys, privacy and display settings</source>
        <translation type="unfinished">&quot;فوراً باہر نکلیں&quot; کی کیز، پرائیویسی اور ڈسپلے کی سیٹنگز</translation>
    </message>
    <message>
        <source>Current section. {v0}</source>
        <translation type="unfinished">موجودہ حصہ۔ {v0}</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished">فوراً باہر نکلیں</translation>
    </message>
    <message>
        <source>Hides this app at once and closes it.</source>
        <translation type="unfinished">یہ ایپ فوراً چھپا کر بند کر دیتا ہے۔</translation>
    </message>
    <message>
        <source>Hide this app at once</source>
        <translation type="unfinished">یہ ایپ فوراً چھپائیں</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished">حصے</translation>
    </message>
    <message>
        <source>{v0} (Ctrl+{i})</source>
        <translation type="unfinished">{v0} (Ctrl+{i})</translation>
    </message>
    <message>
        <source>press {key}</source>
        <translation type="unfinished">{key} دبائیں</translation>
    </message>
    <message>
        <source>press Shift 3 times</source>
        <translation type="unfinished">Shift تین بار دبائیں</translation>
    </message>
    <message>
        <source>To hide this fast: {ways}.</source>
        <translation type="unfinished">اسے جلدی چھپانے کے لیے: {ways}۔</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> یا </translation>
    </message>
    <message>
        <source>To hide this fast, use Quick exit.</source>
        <translation type="unfinished">اسے جلدی چھپانے کے لیے &quot;فوراً باہر نکلیں&quot; استعمال کریں۔</translation>
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
        <translation type="unfinished">ابھی کوئی نوٹ نہیں۔</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Type the {v0} again</source>
        <translation type="unfinished">{v0} دوبارہ لکھیں</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished">دوبارہ (&amp;A):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished">براہ کرم پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished">دونوں پاس فریز ایک جیسے نہیں۔ براہ کرم انہیں دوبارہ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too weak</source>
        <translation type="unfinished">بہت کمزور</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished">کمزور</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">ٹھیک</translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished">اچھا</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished">مضبوط</translation>
    </message>
    <message>
        <source>Try three or four ordinary words that have nothing to do with each other. Longer is stronger.</source>
        <translation type="unfinished">تین یا چار عام الفاظ آزمائیں جن کا ایک دوسرے سے کوئی تعلق نہ ہو۔ جتنا لمبا، اتنا مضبوط۔</translation>
    </message>
    <message>
        <source>Rows of keys next to each other, like qwerty, are easy to guess.</source>
        <translation type="unfinished">ساتھ ساتھ والی کیز کی قطاریں، جیسے qwerty، آسانی سے اندازہ ہو جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Patterns on the keyboard are easy to guess.</source>
        <translation type="unfinished">کی بورڈ پر بنے پیٹرن آسانی سے اندازہ ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <source>The same letter or number over and over is easy to guess.</source>
        <translation type="unfinished">ایک ہی حرف یا نمبر بار بار ہو تو آسانی سے اندازہ ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>Repeating the same part twice adds almost nothing.</source>
        <translation type="unfinished">ایک ہی حصہ دو بار لکھنے سے تقریباً کوئی فرق نہیں پڑتا۔</translation>
    </message>
    <message>
        <source>Runs like abc or 6543 are easy to guess.</source>
        <translation type="unfinished">abc یا 6543 جیسے سلسلے آسانی سے اندازہ ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished">حالیہ سال آسانی سے اندازہ ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Dates are easy to guess, especially ones linked to you.</source>
        <translation type="unfinished">تاریخیں آسانی سے اندازہ ہو جاتی ہیں، خاص طور پر وہ جو آپ سے جڑی ہوں۔</translation>
    </message>
    <message>
        <source>This is one of the first passwords people try.</source>
        <translation type="unfinished">یہ ان پاس ورڈز میں سے ہے جو لوگ سب سے پہلے آزماتے ہیں۔</translation>
    </message>
    <message>
        <source>Many people use this password.</source>
        <translation type="unfinished">بہت سے لوگ یہ پاس ورڈ استعمال کرتے ہیں۔</translation>
    </message>
    <message>
        <source>This is close to a password many people use.</source>
        <translation type="unfinished">یہ ایسے پاس ورڈ سے ملتا جلتا ہے جو بہت سے لوگ استعمال کرتے ہیں۔</translation>
    </message>
    <message>
        <source>One word on its own is easy to guess.</source>
        <translation type="unfinished">اکیلا ایک لفظ آسانی سے اندازہ ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>A name on its own is easy to guess.</source>
        <translation type="unfinished">اکیلا نام آسانی سے اندازہ ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>Common names are easy to guess.</source>
        <translation type="unfinished">عام نام آسانی سے اندازہ ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Add another word or two; unusual words are better.</source>
        <translation type="unfinished">ایک یا دو لفظ اور شامل کریں؛ غیر معمولی الفاظ بہتر ہیں۔</translation>
    </message>
    <message>
        <source>Avoid repeating words or characters.</source>
        <translation type="unfinished">الفاظ یا حروف نہ دہرائیں۔</translation>
    </message>
    <message>
        <source>Avoid runs like abc or 123.</source>
        <translation type="unfinished">abc یا 123 جیسے سلسلوں سے بچیں۔</translation>
    </message>
    <message>
        <source>Avoid years and dates linked to you.</source>
        <translation type="unfinished">ایسے سالوں اور تاریخوں سے بچیں جو آپ سے جڑی ہوں۔</translation>
    </message>
    <message>
        <source>A capital letter at the start does not help much.</source>
        <translation type="unfinished">شروع میں بڑا حرف زیادہ مدد نہیں کرتا۔</translation>
    </message>
    <message>
        <source>All capitals are about as easy to guess.</source>
        <translation type="unfinished">سب بڑے حروف بھی تقریباً اتنی ہی آسانی سے اندازہ ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Words spelt backwards are not much harder to guess.</source>
        <translation type="unfinished">الٹے لکھے الفاظ کا اندازہ لگانا زیادہ مشکل نہیں۔</translation>
    </message>
    <message>
        <source>Swapping letters for look-alikes, like @ for a, does not help much.</source>
        <translation type="unfinished">حروف کو ملتے جلتے نشانوں سے بدلنا، جیسے a کی جگہ @، زیادہ مدد نہیں کرتا۔</translation>
    </message>
</context>
<context>
    <name>PresentationButton</name>
    <message>
        <source>Large text</source>
        <translation type="unfinished">بڑا متن</translation>
    </message>
    <message>
        <source>Makes the text big for reading together. Click again to undo.</source>
        <translation type="unfinished">ساتھ پڑھنے کے لیے متن بڑا کرتا ہے۔ واپس کرنے کے لیے دوبارہ کلک کریں۔</translation>
    </message>
    <message>
        <source>Big text for reading together (click again to undo)</source>
        <translation type="unfinished">ساتھ پڑھنے کے لیے بڑا متن (واپس کرنے کے لیے دوبارہ کلک کریں)</translation>
    </message>
    <message>
        <source>Large text: on</source>
        <translation type="unfinished">بڑا متن: آن</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">بیک اپ واپس لائیں</translation>
    </message>
    <message>
        <source>Backup file: {v0}
Type the passphrase that opened the journal when the backup was made.</source>
        <translation type="unfinished">بیک اپ فائل: {v0}
وہ پاس فریز لکھیں جس سے بیک اپ بناتے وقت ڈائری کھلتی تھی۔</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">بیک اپ کا پاس فریز</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">واپس لائیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished">براہ کرم پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Replace the journal on this computer?</source>
        <translation type="unfinished">اس کمپیوٹر کی ڈائری کی جگہ یہ رکھیں؟</translation>
    </message>
    <message>
        <source>There is already a journal on this computer. Restoring the backup replaces it, and anything written in it since the backup will be lost. Replace it?</source>
        <translation type="unfinished">اس کمپیوٹر پر پہلے سے ایک ڈائری ہے۔ بیک اپ واپس لانے سے وہ بدل جائے گی، اور بیک اپ کے بعد اس میں جو لکھا گیا وہ ضائع ہو جائے گا۔ بدل دیں؟</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished">بدل دیں</translation>
    </message>
    <message>
        <source>Keep my journal</source>
        <translation type="unfinished">میری ڈائری رہنے دیں</translation>
    </message>
    <message>
        <source>Checking and restoring your backup…</source>
        <translation type="unfinished">آپ کا بیک اپ چیک ہو رہا ہے اور واپس آ رہا ہے…</translation>
    </message>
    <message>
        <source>That passphrase did not open this backup. Check it and try again.</source>
        <translation type="unfinished">اس پاس فریز سے یہ بیک اپ نہیں کھلا۔ اسے چیک کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation type="unfinished">بیک اپ واپس نہیں لایا جا سکا۔</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h1&gt;Settings&lt;/h1&gt;</source>
        <translation type="unfinished">&lt;h1&gt;سیٹنگز&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">سیٹنگز</translation>
    </message>
    <message>
        <source>This is a guest session. Changes last until the session ends and are not saved on this computer.</source>
        <translation type="unfinished">یہ مہمان سیشن ہے۔ تبدیلیاں سیشن ختم ہونے تک رہتی ہیں، اور اس کمپیوٹر پر محفوظ نہیں ہوتیں۔</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished">فوراً باہر نکلیں</translation>
    </message>
    <message>
        <source>How this app looks on the screen</source>
        <translation type="unfinished">یہ ایپ اسکرین پر کیسی دکھتی ہے</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation type="unfinished">اسکرین ریکارڈنگ</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished">ڈائری</translation>
    </message>
    <message>
        <source>Your region</source>
        <translation type="unfinished">آپ کا علاقہ</translation>
    </message>
    <message>
        <source>Who is using this?</source>
        <translation type="unfinished">اسے کون استعمال کر رہا ہے؟</translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished">کیا آپ کی عمر 18 سال سے کم ہے؟</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished">پڑھنا</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished">اس ایپ کے بارے میں</translation>
    </message>
    <message>
        <source>Remove everything</source>
        <translation type="unfinished">سب کچھ مٹائیں</translation>
    </message>
    <message>
        <source>This change works for now, but it could not be saved: {v0}.</source>
        <translation type="unfinished">یہ تبدیلی ابھی کے لیے کام کر رہی ہے، لیکن محفوظ نہیں ہو سکی: {v0}۔</translation>
    </message>
    <message>
        <source>These hide this app at once, from any window. Your journal is locked and nothing you wrote is lost.</source>
        <translation type="unfinished">یہ کسی بھی ونڈو سے اس ایپ کو فوراً چھپا دیتے ہیں۔ آپ کی ڈائری لاک ہو جاتی ہے اور آپ کا لکھا کچھ ضائع نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Quick exit &amp;key:</source>
        <translation type="unfinished">&quot;فوراً باہر نکلیں&quot; کی کی (&amp;K):</translation>
    </message>
    <message>
        <source>Quick exit key</source>
        <translation type="unfinished">&quot;فوراً باہر نکلیں&quot; کی کی</translation>
    </message>
    <message>
        <source>Click here, then press the key you want to use.</source>
        <translation type="unfinished">یہاں کلک کریں، پھر وہ کی دبائیں جو آپ استعمال کرنا چاہتے ہیں۔</translation>
    </message>
    <message>
        <source>Press a key</source>
        <translation type="unfinished">کوئی کی دبائیں</translation>
    </message>
    <message>
        <source>No quick exit key</source>
        <translation type="unfinished">&quot;فوراً باہر نکلیں&quot; کی کوئی کی نہیں</translation>
    </message>
    <message>
        <source>Use F12</source>
        <translation type="unfinished">F12 استعمال کریں</translation>
    </message>
    <message>
        <source>Use F12 as the quick exit key</source>
        <translation type="unfinished">F12 کو &quot;فوراً باہر نکلیں&quot; کی کی بنائیں</translation>
    </message>
    <message>
        <source>F12</source>
        <translation type="unfinished">F12</translation>
    </message>
    <message>
        <source>Click the box, then press one key. F12 is a good choice.</source>
        <translation type="unfinished">خانے پر کلک کریں، پھر ایک کی دبائیں۔ F12 اچھا انتخاب ہے۔</translation>
    </message>
    <message>
        <source>Press Shi&amp;ft 3 times quickly to hide the app</source>
        <translation type="unfinished">ایپ چھپانے کے لیے Shift جلدی سے تین بار دبائیں (&amp;F)</translation>
    </message>
    <message>
        <source>Press Shift 3 times quickly to hide the app</source>
        <translation type="unfinished">ایپ چھپانے کے لیے Shift جلدی سے تین بار دبائیں</translation>
    </message>
    <message>
        <source>&lt;b&gt;After a quick exit:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;&quot;فوراً باہر نکلیں&quot; کے بعد:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a plain name and picture, so the window and taskbar do not show what this app is for.</source>
        <translation type="unfinished">کوئی سادہ نام اور تصویر چنیں، تاکہ ونڈو اور ٹاسک بار سے پتا نہ چلے کہ یہ ایپ کس لیے ہے۔</translation>
    </message>
    <message>
        <source>Window &amp;name:</source>
        <translation type="unfinished">ونڈو کا نام (&amp;N):</translation>
    </message>
    <message>
        <source>Window name</source>
        <translation type="unfinished">ونڈو کا نام</translation>
    </message>
    <message>
        <source>Choose a name or type your own.</source>
        <translation type="unfinished">کوئی نام چنیں یا اپنا لکھیں۔</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation type="unfinished">تصویر (&amp;P):</translation>
    </message>
    <message>
        <source>Window picture</source>
        <translation type="unfinished">ونڈو کی تصویر</translation>
    </message>
    <message>
        <source>Saved. Next time the app opens on a plain Notes page.</source>
        <translation type="unfinished">محفوظ ہو گیا۔ اگلی بار ایپ ایک سادہ Notes صفحے پر کھلے گی۔</translation>
    </message>
    <message>
        <source>Saved. Next time the app opens on its help pages.</source>
        <translation type="unfinished">محفوظ ہو گیا۔ اگلی بار ایپ اپنے مدد کے صفحوں پر کھلے گی۔</translation>
    </message>
    <message>
        <source>The window needs a name. The old name is kept.</source>
        <translation type="unfinished">ونڈو کا نام ہونا چاہیے۔ پرانا نام رکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>The window is now called “{title}”.</source>
        <translation type="unfinished">ونڈو کا نام اب &quot;{title}&quot; ہے۔</translation>
    </message>
    <message>
        <source>&amp;Hide this window from screen recording</source>
        <translation type="unfinished">یہ ونڈو اسکرین ریکارڈنگ سے چھپائیں (&amp;H)</translation>
    </message>
    <message>
        <source>Hide this window from screen recording</source>
        <translation type="unfinished">یہ ونڈو اسکرین ریکارڈنگ سے چھپائیں</translation>
    </message>
    <message>
        <source>This asks the computer to leave this app out of screenshots, screen recordings and screen sharing. It works on Windows 10 (version 2004 or newer), Windows 11 and macOS. It cannot stop a phone camera, someone looking at your screen, or every kind of spying software.</source>
        <translation type="unfinished">یہ کمپیوٹر سے کہتا ہے کہ اس ایپ کو اسکرین شاٹس، اسکرین ریکارڈنگ اور اسکرین شیئرنگ میں نہ دکھائے۔ یہ Windows 10 (version 2004 یا نیا)، Windows 11 اور macOS پر کام کرتا ہے۔ یہ فون کے کیمرے کو، آپ کی اسکرین دیکھنے والے کسی شخص کو، یا ہر طرح کے جاسوسی سافٹ ویئر کو نہیں روک سکتا۔</translation>
    </message>
    <message>
        <source>This computer does not offer it, so here this setting does nothing. It will work if you use the app on Windows or a Mac.</source>
        <translation type="unfinished">یہ کمپیوٹر یہ سہولت نہیں دیتا، اس لیے یہاں یہ سیٹنگ کچھ نہیں کرتی۔ اگر آپ یہ ایپ Windows یا Mac پر استعمال کریں تو یہ کام کرے گی۔</translation>
    </message>
    <message>
        <source>This computer does not offer this. It does nothing here.</source>
        <translation type="unfinished">یہ کمپیوٹر یہ سہولت نہیں دیتا۔ یہاں یہ کچھ نہیں کرتی۔</translation>
    </message>
    <message>
        <source>&amp;Lock the journal after</source>
        <translation type="unfinished">ڈائری لاک کریں (&amp;L)، اتنے</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> منٹ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">کبھی نہیں</translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes of not using the app</source>
        <translation type="unfinished">ایپ استعمال نہ کرنے کے اتنے منٹ بعد ڈائری لاک کریں</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation type="unfinished">0 کا مطلب ہے کبھی نہیں۔</translation>
    </message>
    <message>
        <source>of not using the app.</source>
        <translation type="unfinished">بعد، جب ایپ استعمال نہ ہو۔</translation>
    </message>
    <message>
        <source>Guidance and contacts are shown for the place you choose.</source>
        <translation type="unfinished">رہنمائی اور رابطے اس جگہ کے لیے دکھائے جاتے ہیں جو آپ چنتے ہیں۔</translation>
    </message>
    <message>
        <source>Choose where you are</source>
        <translation type="unfinished">چنیں کہ آپ کہاں ہیں</translation>
    </message>
    <message>
        <source>Close the app completely</source>
        <translation type="unfinished">ایپ مکمل طور پر بند کریں</translation>
    </message>
    <message>
        <source>Nothing is left on the screen, in the taskbar or in the task manager. This is the safest choice.</source>
        <translation type="unfinished">اسکرین، ٹاسک بار یا ٹاسک مینیجر میں کچھ نہیں رہتا۔ یہ سب سے محفوظ انتخاب ہے۔</translation>
    </message>
    <message>
        <source>Show a plain Notes window instead</source>
        <translation type="unfinished">اس کے بجائے ایک سادہ Notes ونڈو دکھائیں</translation>
    </message>
    <message>
        <source>The app stays hidden behind an empty notes window. Closing that window closes the app.</source>
        <translation type="unfinished">ایپ ایک خالی نوٹس ونڈو کے پیچھے چھپی رہتی ہے۔ وہ ونڈو بند کرنے سے ایپ بند ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>Only make it small</source>
        <translation type="unfinished">صرف چھوٹا کریں</translation>
    </message>
    <message>
        <source>The app goes to the taskbar with its plain name. When you open it again it starts at the beginning, with your journal locked.</source>
        <translation type="unfinished">ایپ اپنے سادہ نام کے ساتھ ٹاسک بار میں چلی جاتی ہے۔ جب آپ اسے دوبارہ کھولتے ہیں، تو یہ شروع سے کھلتی ہے، اور آپ کی ڈائری لاک ہوتی ہے۔</translation>
    </message>
    <message>
        <source>I&apos;m looking for help for myself</source>
        <translation type="unfinished">مجھے اپنے لیے مدد چاہیے</translation>
    </message>
    <message>
        <source>I&apos;m a support worker</source>
        <translation type="unfinished">میں سپورٹ ورکر ہوں</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished">ابھی نہیں چنا</translation>
    </message>
    <message>
        <source>Region: {v0}.</source>
        <translation type="unfinished">علاقہ: {v0}۔</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished">کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>Large te&amp;xt</source>
        <translation type="unfinished">بڑا متن (&amp;X)</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">بڑا متن</translation>
    </message>
    <message>
        <source>High c&amp;ontrast (stronger colours)</source>
        <translation type="unfinished">زیادہ واضح رنگ (&amp;O)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">زیادہ واضح رنگ</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation type="unfinished">زبان (&amp;U)</translation>
    </message>
    <message>
        <source>Version {version}. What this app is, that it sends nothing, and the licences of what it ships.</source>
        <translation type="unfinished">ورژن {version}۔ یہ ایپ کیا ہے، یہ کہ یہ کچھ نہیں بھیجتی، اور اس کے حصوں کے لائسنس۔</translation>
    </message>
    <message>
        <source>About this app…</source>
        <translation type="unfinished">اس ایپ کے بارے میں…</translation>
    </message>
    <message>
        <source>This removes everything this app keeps on this computer: your journal, its drafts, your settings and backups the app made in its own folder. It cannot be undone. Backups you saved somewhere else, for example on a USB stick, are not touched.</source>
        <translation type="unfinished">یہ وہ سب کچھ مٹا دیتا ہے جو یہ ایپ اس کمپیوٹر پر رکھتی ہے: آپ کی ڈائری، اس کے ڈرافٹ، آپ کی سیٹنگز، اور ایپ کے اپنے فولڈر میں بنے بیک اپ۔ اسے واپس نہیں کیا جا سکتا۔ جو بیک اپ آپ نے کہیں اور محفوظ کیے، مثلاً USB اسٹک پر، انہیں نہیں چھیڑا جاتا۔</translation>
    </message>
    <message>
        <source>Be aware: on many computers, especially ones with SSD drives, deleted files can sometimes be recovered with special tools. Your journal was always encrypted, so without your passphrase nobody can read it, even if they recover the file.</source>
        <translation type="unfinished">دھیان رکھیں: بہت سے کمپیوٹرز پر، خاص طور پر SSD ڈرائیو والوں پر، ڈیلیٹ کی گئی فائلیں کبھی خاص ٹولز سے واپس لائی جا سکتی ہیں۔ آپ کی ڈائری ہمیشہ خفیہ (encrypted) تھی، اس لیے آپ کے پاس فریز کے بغیر کوئی اسے نہیں پڑھ سکتا، چاہے فائل واپس لے آئے۔</translation>
    </message>
    <message>
        <source>To confirm, type {CONFIRM_WORD}:</source>
        <translation type="unfinished">تصدیق کے لیے {CONFIRM_WORD} لکھیں:</translation>
    </message>
    <message>
        <source>Type {CONFIRM_WORD} to confirm removing everything</source>
        <translation type="unfinished">سب کچھ مٹانے کی تصدیق کے لیے {CONFIRM_WORD} لکھیں</translation>
    </message>
    <message>
        <source>&amp;Remove everything and close</source>
        <translation type="unfinished">سب کچھ مٹائیں اور بند کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Remove everything and close the app</source>
        <translation type="unfinished">سب کچھ مٹائیں اور ایپ بند کریں</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">پاس فریز کی مضبوطی</translation>
    </message>
    <message>
        <source>Strength: {v0}.</source>
        <translation type="unfinished">مضبوطی: {v0}۔</translation>
    </message>
    <message>
        <source>Strength: type a passphrase to see how strong it is.</source>
        <translation type="unfinished">مضبوطی: پاس فریز لکھیں تاکہ پتا چلے کہ وہ کتنا مضبوط ہے۔</translation>
    </message>
</context>
<context>
    <name>SupportWorkerPanel</name>
    <message>
        <source>Who is using this?</source>
        <translation type="unfinished">اسے کون استعمال کر رہا ہے؟</translation>
    </message>
    <message>
        <source>I&apos;m looking for help for &amp;myself</source>
        <translation type="unfinished">مجھے اپنے لیے مدد چاہیے (&amp;M)</translation>
    </message>
    <message>
        <source>I&apos;m looking for help for myself</source>
        <translation type="unfinished">مجھے اپنے لیے مدد چاہیے</translation>
    </message>
    <message>
        <source>I&apos;m a support &amp;worker</source>
        <translation type="unfinished">میں سپورٹ ورکر ہوں (&amp;W)</translation>
    </message>
    <message>
        <source>I&apos;m a support worker</source>
        <translation type="unfinished">میں سپورٹ ورکر ہوں</translation>
    </message>
    <message>
        <source>Turns on guest sessions and shows handouts at the top.</source>
        <translation type="unfinished">مہمان سیشن آن کرتا ہے اور ہینڈ آؤٹ اوپر دکھاتا ہے۔</translation>
    </message>
    <message>
        <source>Guest sessions: &amp;forget each visit</source>
        <translation type="unfinished">مہمان سیشن: ہر ملاقات بھول جائیں (&amp;F)</translation>
    </message>
    <message>
        <source>Guest sessions: forget each visit</source>
        <translation type="unfinished">مہمان سیشن: ہر ملاقات بھول جائیں</translation>
    </message>
    <message>
        <source>&lt;p&gt;In a guest session nothing is saved on this computer, and there is no journal here: a visitor can keep one on their own USB stick. &lt;b&gt;End session&lt;/b&gt; forgets:&lt;/p&gt;&lt;ul&gt;{forgets}&lt;/ul&gt;</source>
        <translation type="unfinished">&lt;p&gt;مہمان سیشن میں اس کمپیوٹر پر کچھ محفوظ نہیں ہوتا، اور یہاں کوئی ڈائری نہیں ہوتی: آنے والا اپنی USB اسٹک پر ڈائری رکھ سکتا ہے۔ &lt;b&gt;ملاقات ختم کریں&lt;/b&gt; یہ سب بھلا دیتا ہے:&lt;/p&gt;&lt;ul&gt;{forgets}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>What End session forgets: </source>
        <translation type="unfinished">&quot;ملاقات ختم کریں&quot; کیا بھلاتا ہے: </translation>
    </message>
    <message>
        <source>Show the Handouts button at the &amp;top</source>
        <translation type="unfinished">ہینڈ آؤٹ کا بٹن اوپر دکھائیں (&amp;T)</translation>
    </message>
    <message>
        <source>Show the Handouts button at the top</source>
        <translation type="unfinished">ہینڈ آؤٹ کا بٹن اوپر دکھائیں</translation>
    </message>
    <message>
        <source>Set centre &amp;passphrase…</source>
        <translation type="unfinished">مرکز کا پاس فریز رکھیں (&amp;P)…</translation>
    </message>
    <message>
        <source>Set centre passphrase</source>
        <translation type="unfinished">مرکز کا پاس فریز رکھیں</translation>
    </message>
    <message>
        <source>&amp;Remove centre passphrase…</source>
        <translation type="unfinished">مرکز کا پاس فریز ہٹائیں (&amp;R)…</translation>
    </message>
    <message>
        <source>Remove centre passphrase</source>
        <translation type="unfinished">مرکز کا پاس فریز ہٹائیں</translation>
    </message>
    <message>
        <source>A centre passphrase protects these settings.</source>
        <translation type="unfinished">مرکز کا پاس فریز ان سیٹنگز کی حفاظت کرتا ہے۔</translation>
    </message>
    <message>
        <source>No centre passphrase. Anyone can change these settings, including turning guest sessions off.</source>
        <translation type="unfinished">مرکز کا کوئی پاس فریز نہیں۔ کوئی بھی یہ سیٹنگز بدل سکتا ہے، مہمان سیشن بند کرنا بھی۔</translation>
    </message>
    <message>
        <source>Change centre &amp;passphrase…</source>
        <translation type="unfinished">مرکز کا پاس فریز بدلیں (&amp;P)…</translation>
    </message>
    <message>
        <source>Saved. Guest sessions are on.</source>
        <translation type="unfinished">محفوظ ہو گیا۔ مہمان سیشن آن ہیں۔</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished">محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Saved. Guest sessions are off.</source>
        <translation type="unfinished">محفوظ ہو گیا۔ مہمان سیشن بند ہیں۔</translation>
    </message>
    <message>
        <source>The centre passphrase is set. Settings will ask for it.</source>
        <translation type="unfinished">مرکز کا پاس فریز رکھ دیا گیا۔ سیٹنگز اسے مانگیں گی۔</translation>
    </message>
    <message>
        <source>The centre passphrase was removed.</source>
        <translation type="unfinished">مرکز کا پاس فریز ہٹا دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>TakeAwayPage</name>
    <message>
        <source>That place is on this computer. Please choose your own USB stick or drive, so nothing of yours stays here.</source>
        <translation type="unfinished">یہ جگہ اسی کمپیوٹر پر ہے۔ براہ کرم اپنی USB اسٹک یا ڈرائیو چنیں، تاکہ آپ کی کوئی چیز یہاں نہ رہے۔</translation>
    </message>
    <message>
        <source>That drive or folder could not be found. Check the drive is plugged in.</source>
        <translation type="unfinished">وہ ڈرائیو یا فولڈر نہیں ملا۔ دیکھیں کہ ڈرائیو لگی ہوئی ہے۔</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your take-away journal&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;ساتھ لے جانے والی آپ کی ڈائری&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This computer keeps no journal during a visit. You can keep your notes in a locked file on your own USB stick or drive, and take it with you. Only you know the passphrase. Nothing is kept here.</source>
        <translation type="unfinished">ملاقات کے دوران یہ کمپیوٹر کوئی ڈائری نہیں رکھتا۔ آپ اپنے نوٹس اپنی USB اسٹک یا ڈرائیو پر ایک لاک فائل میں رکھ کر ساتھ لے جا سکتے ہیں۔ پاس فریز صرف آپ جانتے ہیں۔ یہاں کچھ نہیں رکھا جاتا۔</translation>
    </message>
    <message>
        <source>Plug in your USB stick first. When you have finished, choose Close my journal (or End session), then take the stick with you.</source>
        <translation type="unfinished">پہلے اپنی USB اسٹک لگائیں۔ کام ختم ہو جائے تو &quot;میری ڈائری بند کریں&quot; (یا &quot;ملاقات ختم کریں&quot;) چنیں، پھر اسٹک ساتھ لے جائیں۔</translation>
    </message>
    <message>
        <source>Start a &amp;new journal on my drive…</source>
        <translation type="unfinished">میری ڈرائیو پر نئی ڈائری شروع کریں (&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new journal on my drive</source>
        <translation type="unfinished">میری ڈرائیو پر نئی ڈائری شروع کریں</translation>
    </message>
    <message>
        <source>&amp;Open my journal from my drive…</source>
        <translation type="unfinished">میری ڈرائیو سے میری ڈائری کھولیں (&amp;O)…</translation>
    </message>
    <message>
        <source>Open my journal from my drive</source>
        <translation type="unfinished">میری ڈرائیو سے میری ڈائری کھولیں</translation>
    </message>
    <message>
        <source>&amp;Close my journal</source>
        <translation type="unfinished">میری ڈائری بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Close my journal</source>
        <translation type="unfinished">میری ڈائری بند کریں</translation>
    </message>
    <message>
        <source>Locks the journal. This computer forgets where it is.</source>
        <translation type="unfinished">ڈائری لاک کرتا ہے۔ یہ کمپیوٹر بھول جاتا ہے کہ وہ کہاں ہے۔</translation>
    </message>
    <message>
        <source>Where to keep your journal (your own drive)</source>
        <translation type="unfinished">اپنی ڈائری کہاں رکھیں (آپ کی اپنی ڈرائیو)</translation>
    </message>
    <message>
        <source>Open your journal (from your own drive)</source>
        <translation type="unfinished">اپنی ڈائری کھولیں (آپ کی اپنی ڈرائیو سے)</translation>
    </message>
    <message>
        <source>Your journal is on your drive. Close it before you go.</source>
        <translation type="unfinished">آپ کی ڈائری آپ کی ڈرائیو پر ہے۔ جانے سے پہلے اسے بند کریں۔</translation>
    </message>
    <message>
        <source>Your journal is closed and locked. This computer has forgotten where it is.</source>
        <translation type="unfinished">آپ کی ڈائری بند اور لاک ہے۔ یہ کمپیوٹر بھول گیا ہے کہ وہ کہاں ہے۔</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Search everything you wrote (Ctrl+F)</source>
        <translation type="unfinished">اپنی لکھی ہر چیز میں تلاش کریں (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished">اندراجات میں تلاش کریں</translation>
    </message>
    <message>
        <source>Shows only entries that contain every word you type.</source>
        <translation type="unfinished">صرف وہ اندراجات دکھاتا ہے جن میں آپ کا لکھا ہر لفظ ہو۔</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished">قسم کے لحاظ سے چھانٹیں</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">تمام قسمیں</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation type="unfinished">پلیٹ فارم کے لحاظ سے چھانٹیں</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">ٹیگ کے لحاظ سے چھانٹیں</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished">صرف اس تاریخ سے</translation>
    </message>
    <message>
        <source>Only show entries between two dates</source>
        <translation type="unfinished">صرف دو تاریخوں کے درمیان کے اندراجات دکھائیں</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">تک</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished">اندراجات</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open an entry.</source>
        <translation type="unfinished">نیا سب سے پہلے۔ کوئی اندراج کھولنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished">تمام پلیٹ فارم</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">تمام ٹیگ</translation>
    </message>
    <message>
        <source>No entries yet. Choose New entry (Ctrl+N) to write down what happened. Short notes are fine. You can add more later.</source>
        <translation type="unfinished">ابھی کوئی اندراج نہیں۔ جو ہوا وہ لکھنے کے لیے &quot;نیا اندراج&quot; (Ctrl+N) چنیں۔ مختصر نوٹ بھی ٹھیک ہیں۔ آپ بعد میں مزید شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Your one entry does not match.</source>
        <translation type="unfinished">آپ کا ایک اندراج میل نہیں کھاتا۔</translation>
    </message>
    <message numerus="yes">
        <source>None of your %n entries match.</source>
        <comment>Your %n entry does not match.</comment>
        <translation type="unfinished">
            <numerusform>آپ کا %n اندراج میل نہیں کھاتا۔</numerusform>
            <numerusform>آپ کے %n اندراجات میں سے کوئی میل نہیں کھاتا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform>%n اندراج</numerusform>
            <numerusform>%n اندراجات</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, or clear the filters.</source>
        <translation type="unfinished">کچھ میل نہیں کھاتا۔ کم الفاظ آزمائیں، یا فلٹر ہٹا دیں۔</translation>
    </message>
    <message>
        <source>Showing {shown} of {v1}</source>
        <translation type="unfinished">{v1} میں سے {shown} دکھائے جا رہے ہیں</translation>
    </message>
</context>
<context>
    <name>VisitLanguageCombo</name>
    <message>
        <source>Language for this visit</source>
        <translation type="unfinished">اس ملاقات کی زبان</translation>
    </message>
    <message>
        <source>Language for this visit (not saved)</source>
        <translation type="unfinished">اس ملاقات کی زبان (محفوظ نہیں ہوتی)</translation>
    </message>
</context>
<context>
    <name>WorkerMode</name>
    <message>
        <source>&amp;Handouts…</source>
        <translation type="unfinished">ہینڈ آؤٹ (&amp;H)…</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished">ہینڈ آؤٹ</translation>
    </message>
    <message>
        <source>Print or save a contacts card or a guidance page.</source>
        <translation type="unfinished">رابطوں کا کارڈ یا رہنمائی کا صفحہ پرنٹ یا محفوظ کریں۔</translation>
    </message>
</context>
<context>
    <name>age_choice</name>
    <message>
        <source>18 or over</source>
        <translation type="unfinished">18 سال یا زیادہ</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">18 سال سے کم</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished">نہیں بتانا</translation>
    </message>
    <message>
        <source>Optional. Used only to put the right services first and to show the under-18 route. Nothing is hidden.</source>
        <translation type="unfinished">اختیاری۔ صرف صحیح سروسز پہلے دکھانے اور 18 سال سے کم عمر والوں کا راستہ دکھانے کے لیے۔ کچھ چھپایا نہیں جاتا۔</translation>
    </message>
    <message>
        <source>Are you under 18?</source>
        <translation type="unfinished">کیا آپ کی عمر 18 سال سے کم ہے؟</translation>
    </message>
    <message>
        <source>Age: {v0}.</source>
        <translation type="unfinished">عمر: {v0}۔</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Each file can be up to {v0}.</source>
        <translation type="unfinished">ہر فائل زیادہ سے زیادہ {v0} کی ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation type="unfinished">{folder} فولڈر</translation>
    </message>
</context>
<context>
    <name>centre_lock</name>
    <message>
        <source>Type the current centre passphrase first.</source>
        <translation type="unfinished">پہلے مرکز کا موجودہ پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Type the centre passphrase to remove it.</source>
        <translation type="unfinished">اسے ہٹانے کے لیے مرکز کا پاس فریز لکھیں۔</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>England</source>
        <translation type="unfinished">انگلینڈ</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished">ویلز</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished">اسکاٹ لینڈ</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished">شمالی آئرلینڈ</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished">آئرلینڈ</translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished">امریکہ</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished">آسٹریلیا</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished">کینیڈا</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished">کہیں اور</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation type="unfinished">ابھی خطرے میں</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">18 سال سے کم</translation>
    </message>
    <message>
        <source>Adult (18 or over)</source>
        <translation type="unfinished">بالغ (18 سال یا زیادہ)</translation>
    </message>
    <message>
        <source>Threats or blackmail</source>
        <translation type="unfinished">دھمکیاں یا بلیک میل</translation>
    </message>
    <message>
        <source>Getting images taken down</source>
        <translation type="unfinished">تصویریں ہٹوانا</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished">گھریلو تشدد</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation type="unfinished">بات کرنے کے لیے کوئی</translation>
    </message>
    <message>
        <source>Reporting a crime</source>
        <translation type="unfinished">جرم کی رپورٹ</translation>
    </message>
    <message>
        <source>Deaf or speech-impaired access</source>
        <translation type="unfinished">بہرے یا بولنے میں دشواری والے افراد کے لیے</translation>
    </message>
    <message>
        <source>Scam or blackmail email</source>
        <translation type="unfinished">دھوکے یا بلیک میل کی ای میل</translation>
    </message>
    <message>
        <source>18 or over</source>
        <translation type="unfinished">18 سال یا زیادہ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">پیغام</translation>
    </message>
    <message>
        <source>Threat to share images</source>
        <translation type="unfinished">تصویریں شیئر کرنے کی دھمکی</translation>
    </message>
    <message>
        <source>Images shared</source>
        <translation type="unfinished">تصویریں شیئر کی گئیں</translation>
    </message>
    <message>
        <source>Demand for money or images</source>
        <translation type="unfinished">پیسوں یا تصویروں کا مطالبہ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">کچھ اور</translation>
    </message>
    <message>
        <source>the UK</source>
        <translation type="unfinished">برطانیہ</translation>
    </message>
    <message>
        <source>the United States</source>
        <translation type="unfinished">امریکہ</translation>
    </message>
    <message>
        <source>UK</source>
        <translation type="unfinished">برطانیہ</translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished">امریکہ</translation>
    </message>
    <message>
        <source>Anywhere else</source>
        <translation type="unfinished">کہیں اور</translation>
    </message>
    <message>
        <source>Journal created</source>
        <translation type="unfinished">ڈائری بنائی گئی</translation>
    </message>
    <message>
        <source>History started (the journal was made by an older version)</source>
        <translation type="unfinished">تاریخچہ شروع ہوا (ڈائری ایپ کے پرانے ورژن نے بنائی تھی)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">ان لاک کی گئی</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">لاک کی گئی</translation>
    </message>
    <message>
        <source>Failed attempts to unlock</source>
        <translation type="unfinished">کھولنے کی ناکام کوششیں</translation>
    </message>
    <message>
        <source>Entry written</source>
        <translation type="unfinished">اندراج لکھا گیا</translation>
    </message>
    <message>
        <source>Entry changed</source>
        <translation type="unfinished">اندراج بدلا گیا</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation type="unfinished">اندراج ڈیلیٹ کیا گیا</translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished">فائل شامل کی گئی</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation type="unfinished">فائل کھولی گئی</translation>
    </message>
    <message>
        <source>File saved out of the journal</source>
        <translation type="unfinished">فائل ڈائری سے باہر محفوظ کی گئی</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation type="unfinished">فائل ڈیلیٹ کی گئی</translation>
    </message>
    <message>
        <source>Evidence export made</source>
        <translation type="unfinished">ثبوت ایکسپورٹ کیے گئے</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished">بیک اپ بنایا گیا</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished">بیک اپ سے بحال کی گئی</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">پاس فریز بدلا گیا</translation>
    </message>
    <message>
        <source>Guest session started</source>
        <translation type="unfinished">مہمان سیشن شروع ہوا</translation>
    </message>
    <message>
        <source>Guest session ended</source>
        <translation type="unfinished">مہمان سیشن ختم ہوا</translation>
    </message>
    <message>
        <source>Accounts and usernames</source>
        <translation type="unfinished">اکاؤنٹس اور یوزر نیم</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">فون نمبر</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished">ای میل ایڈریس</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation type="unfinished">ویب ایڈریس</translation>
    </message>
    <message>
        <source>Report references</source>
        <translation type="unfinished">رپورٹ کے ریفرنس نمبر</translation>
    </message>
    <message>
        <source>words typed into search</source>
        <translation type="unfinished">تلاش میں لکھے گئے الفاظ</translation>
    </message>
    <message>
        <source>pages looked at, and the back and forward history</source>
        <translation type="unfinished">دیکھے گئے صفحات، اور واپس اور آگے کی ہسٹری</translation>
    </message>
    <message>
        <source>text size and contrast changes</source>
        <translation type="unfinished">متن کے سائز اور کنٹراسٹ کی تبدیلیاں</translation>
    </message>
    <message>
        <source>the region picked during the visit</source>
        <translation type="unfinished">ملاقات کے دوران چنا گیا علاقہ</translation>
    </message>
    <message>
        <source>contacts filters</source>
        <translation type="unfinished">رابطوں کے فلٹر</translation>
    </message>
    <message>
        <source>the take-away journal (it is locked and the app forgets where it is)</source>
        <translation type="unfinished">ساتھ لے جانے والی ڈائری (یہ لاک ہو جاتی ہے اور ایپ بھول جاتی ہے کہ یہ کہاں ہے)</translation>
    </message>
    <message>
        <source>anything this app put on the clipboard</source>
        <translation type="unfinished">اس ایپ نے کلپ بورڈ پر جو کچھ رکھا</translation>
    </message>
    <message>
        <source>Nothing to save yet: write what happened, or add who it was, a web address or a file.</source>
        <translation type="unfinished">ابھی محفوظ کرنے کو کچھ نہیں: لکھیں کہ کیا ہوا، یا شامل کریں کہ کون تھا، کوئی ویب ایڈریس یا فائل۔</translation>
    </message>
    <message>
        <source>What helps a report: when, where, their exact username or number, web addresses, their exact words, any demand, and who you told. Write what you have; add more later.</source>
        <translation type="unfinished">رپورٹ میں کیا مدد کرتا ہے: کب، کہاں، ان کا بالکل درست یوزر نیم یا نمبر، ویب ایڈریس، ان کے بالکل وہی الفاظ، کوئی مطالبہ، اور آپ نے کس کو بتایا۔ جو آپ کے پاس ہے وہ لکھیں؛ باقی بعد میں شامل کریں۔</translation>
    </message>
    <message>
        <source>Could still help, if you have it: </source>
        <translation type="unfinished">اگر آپ کے پاس ہو، تو یہ بھی مدد کر سکتا ہے: </translation>
    </message>
    <message>
        <source>This entry has what a report usually needs.</source>
        <translation type="unfinished">اس اندراج میں وہ سب ہے جو رپورٹ کو عام طور پر چاہیے۔</translation>
    </message>
    <message>
        <source>When it happened, and when you wrote it down</source>
        <translation type="unfinished">یہ کب ہوا، اور آپ نے کب لکھا</translation>
    </message>
    <message>
        <source>When it happened; a rough time is fine. The journal notes the rest.</source>
        <translation type="unfinished">یہ کب ہوا؛ اندازاً وقت بھی ٹھیک ہے۔ باقی ڈائری خود لکھ لیتی ہے۔</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation type="unfinished">پلیٹ فارم یا ایپ</translation>
    </message>
    <message>
        <source>Where it happened, for example Instagram or a text message.</source>
        <translation type="unfinished">یہ کہاں ہوا، مثلاً Instagram یا کوئی ٹیکسٹ میسج۔</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished">ویب ایڈریس</translation>
    </message>
    <message>
        <source>The link to the profile, post or chat, from the address bar or the Share menu.</source>
        <translation type="unfinished">پروفائل، پوسٹ یا چیٹ کا لنک، ایڈریس بار سے یا Share مینو سے۔</translation>
    </message>
    <message>
        <source>Exact username, ID or number</source>
        <translation type="unfinished">بالکل درست یوزر نیم، ID یا نمبر</translation>
    </message>
    <message>
        <source>Their exact username, profile link, phone number or email, copied as shown.</source>
        <translation type="unfinished">ان کا بالکل درست یوزر نیم، پروفائل کا لنک، فون نمبر یا ای میل، جیسا نظر آئے ویسا کاپی کیا ہوا۔</translation>
    </message>
    <message>
        <source>The full message</source>
        <translation type="unfinished">پورا پیغام</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished">انہوں نے کیا مانگا</translation>
    </message>
    <message>
        <source>If they asked for anything: money (how much, and any payment details they gave), more images, and any deadline.</source>
        <translation type="unfinished">اگر انہوں نے کچھ مانگا: پیسے (کتنے، اور پیسوں کی جو تفصیل انہوں نے دی)، مزید تصویریں، اور کوئی آخری وقت۔</translation>
    </message>
    <message>
        <source>Who it was reported to, and the reference</source>
        <translation type="unfinished">کس کو رپورٹ کیا، اور حوالہ نمبر</translation>
    </message>
    <message>
        <source>This looks like a display name, which can change. The exact username (like @name), profile link or number helps more.</source>
        <translation type="unfinished">یہ ظاہری نام (display name) لگتا ہے، جو بدل سکتا ہے۔ بالکل درست یوزر نیم (جیسے @name)، پروفائل کا لنک یا نمبر زیادہ مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>their exact username or number (this looks like a display name)</source>
        <translation type="unfinished">ان کا بالکل درست یوزر نیم یا نمبر (یہ ظاہری نام لگتا ہے)</translation>
    </message>
    <message>
        <source>If there was a message, paste its exact words in full, or add a screenshot.</source>
        <translation type="unfinished">اگر کوئی پیغام تھا، تو اس کے بالکل وہی الفاظ پورے لکھیں (paste)، یا اسکرین شاٹ شامل کریں۔</translation>
    </message>
    <message>
        <source>their exact words in full</source>
        <translation type="unfinished">ان کے بالکل وہی الفاظ، پورے</translation>
    </message>
    <message>
        <source>Their exact words, pasted in full, or a screenshot.</source>
        <translation type="unfinished">ان کے بالکل وہی الفاظ، پورے لکھے ہوئے، یا اسکرین شاٹ۔</translation>
    </message>
    <message>
        <source>Add the reference or case number they gave you, if there was one.</source>
        <translation type="unfinished">اگر انہوں نے کوئی حوالہ یا کیس نمبر دیا، تو وہ شامل کریں۔</translation>
    </message>
    <message>
        <source>the reference number from your report</source>
        <translation type="unfinished">آپ کی رپورٹ کا حوالہ نمبر</translation>
    </message>
    <message>
        <source>Only if you have reported it: who you told and any reference number.</source>
        <translation type="unfinished">صرف اگر آپ نے رپورٹ کی ہے: آپ نے کس کو بتایا اور کوئی حوالہ نمبر۔</translation>
    </message>
    <message>
        <source>Could still help, if you have it: {items}.</source>
        <translation type="unfinished">اگر آپ کے پاس ہو، تو یہ بھی مدد کر سکتا ہے: {items}۔</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>The history</source>
        <translation type="unfinished">تاریخچہ</translation>
    </message>
    <message>
        <source>{where} is not a list of records.</source>
        <translation type="unfinished">{where} ریکارڈز کی فہرست نہیں۔</translation>
    </message>
    <message>
        <source>{where}, record {number}</source>
        <translation type="unfinished">{where}، ریکارڈ {number}</translation>
    </message>
    <message>
        <source>{what} is not a record.</source>
        <translation type="unfinished">{what} ریکارڈ نہیں۔</translation>
    </message>
    <message>
        <source>{what} is not in the form the app writes.</source>
        <translation type="unfinished">{what} اس شکل میں نہیں جس میں ایپ لکھتی ہے۔</translation>
    </message>
    <message>
        <source>{what} holds fields the app never writes.</source>
        <translation type="unfinished">{what} میں ایسے خانے ہیں جو ایپ کبھی نہیں لکھتی۔</translation>
    </message>
    <message>
        <source>{what} has number {number}, not {expected}: a record was removed, added or moved.</source>
        <translation type="unfinished">{what} کا نمبر {number} ہے، {expected} نہیں: کوئی ریکارڈ نکالا، شامل کیا یا ہلایا گیا۔</translation>
    </message>
    <message>
        <source>{what} does not follow the record before it (its link does not match): a record before it was changed, removed or moved.</source>
        <translation type="unfinished">{what} اپنے سے پہلے والے ریکارڈ کے بعد نہیں آتا (اس کا لنک نہیں ملتا): اس سے پہلے کا کوئی ریکارڈ بدلا، نکالا یا ہلایا گیا۔</translation>
    </message>
    <message>
        <source>{what} is not the start of a history.</source>
        <translation type="unfinished">{what} کسی تاریخچے کا آغاز نہیں۔</translation>
    </message>
</context>
<context>
    <name>discreet</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished">جاری رکھیں (&amp;C)</translation>
    </message>
    <message>
        <source>Open on a plain “Notes” page</source>
        <translation type="unfinished">سادہ &quot;Notes&quot; صفحے پر کھولیں</translation>
    </message>
    <message>
        <source>Op&amp;en on a plain “Notes” page</source>
        <translation type="unfinished">سادہ &quot;Notes&quot; صفحے پر کھولیں (&amp;E)</translation>
    </message>
    <message>
        <source>When the app opens, it first shows an empty page called Notes with a Continue button, and nothing about what this app is for. Click Continue or press Enter to get here. The Quick exit keys work on that page too.</source>
        <translation type="unfinished">جب ایپ کھلتی ہے، تو پہلے Notes نام کا ایک خالی صفحہ دکھاتی ہے جس پر &quot;جاری رکھیں&quot; کا بٹن ہوتا ہے، اور یہ نہیں بتاتی کہ یہ ایپ کس لیے ہے۔ یہاں آنے کے لیے &quot;جاری رکھیں&quot; پر کلک کریں یا Enter دبائیں۔ &quot;فوراً باہر نکلیں&quot; کی کیز اس صفحے پر بھی کام کرتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>These notes are too large for one bundle. Please export them in parts (choose dates).</source>
        <translation type="unfinished">یہ نوٹس ایک بنڈل کے لیے بہت بڑے ہیں۔ انہیں حصوں میں ایکسپورٹ کریں (تاریخیں چنیں)۔</translation>
    </message>
    <message>
        <source>The export stopped because your notes were locked. Nothing was saved.</source>
        <translation type="unfinished">ایکسپورٹ رک گئی کیونکہ آپ کے نوٹس لاک ہو گئے۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Part of your notes file could not be read, so the export was stopped. Nothing was saved.</source>
        <translation type="unfinished">آپ کی نوٹس فائل کا کچھ حصہ پڑھا نہیں جا سکا، اس لیے ایکسپورٹ روک دی گئی۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>{message} Nothing was saved.</source>
        <translation type="unfinished">{message} کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The app is not allowed to save in that folder. Please choose another place.</source>
        <translation type="unfinished">ایپ کو اس فولڈر میں محفوظ کرنے کی اجازت نہیں۔ براہ کرم کوئی اور جگہ چنیں۔</translation>
    </message>
    <message>
        <source>There is not enough free space there. Nothing was saved.</source>
        <translation type="unfinished">وہاں کافی خالی جگہ نہیں۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The export could not be saved there. Please check the drive and try again.</source>
        <translation type="unfinished">ایکسپورٹ وہاں محفوظ نہیں ہو سکی۔ براہ کرم ڈرائیو چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The journal&apos;s history is too long for a bundle the checker can read. Nothing was saved.</source>
        <translation type="unfinished">ڈائری کا تاریخچہ اتنا لمبا ہے کہ چیکر اسے بنڈل میں پڑھ نہیں سکتا۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Please choose a file name, not a folder.</source>
        <translation type="unfinished">براہ کرم فائل کا نام چنیں، فولڈر نہیں۔</translation>
    </message>
    <message>
        <source>That folder is not there any more. Please choose another place.</source>
        <translation type="unfinished">وہ فولڈر اب وہاں نہیں۔ براہ کرم کوئی اور جگہ چنیں۔</translation>
    </message>
    <message>
        <source>That is your notes file. Please choose another name for the export.</source>
        <translation type="unfinished">یہ آپ کی نوٹس فائل ہے۔ براہ کرم ایکسپورٹ کے لیے کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <source>The export could not be made. Nothing was saved.</source>
        <translation type="unfinished">ایکسپورٹ نہیں بن سکی۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The export was stopped. Nothing was saved.</source>
        <translation type="unfinished">ایکسپورٹ روک دی گئی۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The report needs the app&apos;s display part, which is not running.</source>
        <translation type="unfinished">رپورٹ کو ایپ کا ڈسپلے والا حصہ چاہیے، جو چل نہیں رہا۔</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished">رپورٹ لکھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>The start date is after the end date. Please check the dates.</source>
        <translation type="unfinished">شروع کی تاریخ آخری تاریخ کے بعد ہے۔ براہ کرم تاریخیں چیک کریں۔</translation>
    </message>
    <message>
        <source>Some of the chosen notes are no longer there. Please choose again.</source>
        <translation type="unfinished">چنے گئے کچھ نوٹس اب موجود نہیں۔ براہ کرم دوبارہ چنیں۔</translation>
    </message>
    <message>
        <source>Each report needs who it went to and a reference.</source>
        <translation type="unfinished">ہر رپورٹ کے لیے یہ چاہیے کہ وہ کس کو گئی اور اس کا ریفرنس۔</translation>
    </message>
    <message>
        <source>Please give the date and time it happened, with its time zone.</source>
        <translation type="unfinished">براہ کرم بتائیں کہ یہ کس تاریخ اور وقت ہوا، ٹائم زون کے ساتھ۔</translation>
    </message>
    <message>
        <source>Please choose what kind of thing happened.</source>
        <translation type="unfinished">براہ کرم چنیں کہ کس قسم کی بات ہوئی۔</translation>
    </message>
    <message>
        <source>The record of failed unlock attempts in your journal file was changed or removed. Someone may have tried to open your journal and tried to hide it.</source>
        <translation type="unfinished">آپ کی ڈائری فائل میں ان لاک کی ناکام کوششوں کا ریکارڈ بدلا یا ہٹایا گیا۔ ہو سکتا ہے کسی نے آپ کی ڈائری کھولنے کی کوشش کی اور اسے چھپانے کی کوشش کی۔</translation>
    </message>
    <message>
        <source>Someone tried to open your journal {count} time since you last used it</source>
        <translation type="unfinished">آپ کے پچھلی بار استعمال کے بعد کسی نے آپ کی ڈائری {count} بار کھولنے کی کوشش کی</translation>
    </message>
    <message>
        <source>Someone tried to open your journal {count} times since you last used it</source>
        <translation type="unfinished">آپ کے پچھلی بار استعمال کے بعد کسی نے آپ کی ڈائری {count} بار کھولنے کی کوشش کی</translation>
    </message>
    <message>
        <source>{line} (the last {count} are listed)</source>
        <translation type="unfinished">{line} (آخری {count} درج ہیں)</translation>
    </message>
    <message>
        <source>{line}: {times}.</source>
        <translation type="unfinished">{line}: {times}۔</translation>
    </message>
    <message>
        <source>{line}.</source>
        <translation type="unfinished">{line}۔</translation>
    </message>
    <message>
        <source>Something went wrong with your notes file.</source>
        <translation type="unfinished">آپ کی نوٹس فائل میں کچھ گڑبڑ ہو گئی۔</translation>
    </message>
    <message>
        <source>That passphrase did not work. Check it and try again.</source>
        <translation type="unfinished">یہ پاس فریز کام نہیں کیا۔ اسے چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your notes file looks damaged or was changed outside the app, so it was not opened. If you have a backup, you can restore it.</source>
        <translation type="unfinished">آپ کی نوٹس فائل خراب لگتی ہے یا ایپ کے باہر بدلی گئی، اس لیے کھولی نہیں گئی۔ اگر آپ کے پاس بیک اپ ہے تو اسے بحال کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>A notes file is already there. Nothing was replaced.</source>
        <translation type="unfinished">وہاں پہلے سے ایک نوٹس فائل ہے۔ کچھ بھی تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The notes file could not be found.</source>
        <translation type="unfinished">نوٹس فائل نہیں ملی۔</translation>
    </message>
    <message>
        <source>Your notes are locked. Unlock them to carry on.</source>
        <translation type="unfinished">آپ کے نوٹس لاک ہیں۔ جاری رکھنے کے لیے انہیں ان لاک کریں۔</translation>
    </message>
    <message>
        <source>Your notes are open in another window. Close it and try again.</source>
        <translation type="unfinished">آپ کے نوٹس کسی اور ونڈو میں کھلے ہیں۔ اسے بند کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your notes could not be saved or read. Check there is free space and try again.</source>
        <translation type="unfinished">آپ کے نوٹس محفوظ یا پڑھے نہیں جا سکے۔ دیکھیں کہ خالی جگہ ہے، اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Please type a passphrase.</source>
        <translation type="unfinished">براہ کرم پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>This file is too big to add.</source>
        <translation type="unfinished">یہ فائل شامل کرنے کے لیے بہت بڑی ہے۔</translation>
    </message>
    <message>
        <source>Adding the file was stopped. Nothing was saved.</source>
        <translation type="unfinished">فائل شامل کرنا روک دیا گیا۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>This note is missing something it needs.</source>
        <translation type="unfinished">اس نوٹ میں کوئی ضروری چیز موجود نہیں۔</translation>
    </message>
    <message>
        <source>That note or file is no longer there.</source>
        <translation type="unfinished">وہ نوٹ یا فائل اب وہاں نہیں۔</translation>
    </message>
    <message>
        <source>This notes file was made by a newer version of the app. Please update the app.</source>
        <translation type="unfinished">یہ نوٹس فائل ایپ کے نئے ورژن نے بنائی۔ براہ کرم ایپ اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <source>The folder for your notes cannot be written to (it is read-only, or this account may not change it). Nothing was changed.</source>
        <translation type="unfinished">آپ کے نوٹس کے فولڈر میں لکھا نہیں جا سکتا (یہ صرف پڑھنے کے لیے ہے، یا یہ اکاؤنٹ اسے بدل نہیں سکتا)۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>There is not enough free space on the drive. Free some space and try again.</source>
        <translation type="unfinished">ڈرائیو پر کافی خالی جگہ نہیں۔ کچھ جگہ خالی کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>That backup file looks damaged, or it is not a backup made by this app, so nothing was restored. Your journal was not changed.</source>
        <translation type="unfinished">وہ بیک اپ فائل خراب لگتی ہے، یا یہ اس ایپ کا بنایا ہوا بیک اپ نہیں، اس لیے کچھ بحال نہیں ہوا۔ آپ کی ڈائری نہیں بدلی۔</translation>
    </message>
    <message>
        <source>That file could not be found.</source>
        <translation type="unfinished">وہ فائل نہیں ملی۔</translation>
    </message>
    <message>
        <source>That file could not be read.</source>
        <translation type="unfinished">وہ فائل پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>That file is already saved.</source>
        <translation type="unfinished">وہ فائل پہلے سے محفوظ ہے۔</translation>
    </message>
    <message>
        <source>The folder for your notes could not be found.</source>
        <translation type="unfinished">آپ کے نوٹس کا فولڈر نہیں ملا۔</translation>
    </message>
    <message>
        <source>Choose a different place for the backup.</source>
        <translation type="unfinished">بیک اپ کے لیے کوئی اور جگہ چنیں۔</translation>
    </message>
    <message>
        <source>That folder could not be found.</source>
        <translation type="unfinished">وہ فولڈر نہیں ملا۔</translation>
    </message>
    <message>
        <source>The backup could not be written there. Check the drive and try again.</source>
        <translation type="unfinished">بیک اپ وہاں لکھا نہیں جا سکا۔ ڈرائیو چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The backup file could not be found.</source>
        <translation type="unfinished">بیک اپ فائل نہیں ملی۔</translation>
    </message>
    <message>
        <source>There is not enough free space on this drive to restore that backup. Nothing was changed.</source>
        <translation type="unfinished">اس ڈرائیو پر وہ بیک اپ بحال کرنے کے لیے کافی خالی جگہ نہیں۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>The backup could not be read.</source>
        <translation type="unfinished">بیک اپ پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>The backup file could not be read.</source>
        <translation type="unfinished">بیک اپ فائل پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>Some files could not be removed ({count}). Close any other program that might be using them and try again, or delete this folder yourself:
{folder}</source>
        <translation type="unfinished">کچھ فائلیں ہٹائی نہیں جا سکیں ({count})۔ کوئی اور پروگرام جو انہیں استعمال کر رہا ہو بند کریں اور دوبارہ کوشش کریں، یا یہ فولڈر خود ڈیلیٹ کریں:
{folder}</translation>
    </message>
    <message>
        <source>Everything this app kept on this computer has been removed.</source>
        <translation type="unfinished">اس ایپ نے اس کمپیوٹر پر جو کچھ رکھا تھا وہ ہٹا دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Everything this app kept in its own folder has been removed. But {names} was only a link (shortcut) to a file outside that folder. The link is gone; the file it pointed to was not touched, because the app only deletes inside its own folder. If that file is yours to delete, delete it yourself:
{targets}</source>
        <translation type="unfinished">اس ایپ نے اپنے فولڈر میں جو کچھ رکھا تھا وہ ہٹا دیا گیا ہے۔ لیکن {names} صرف اس فولڈر کے باہر کسی فائل کا لنک (شارٹ کٹ) تھا۔ لنک ہٹ گیا؛ جس فائل کی طرف یہ اشارہ کرتا تھا اسے چھوا نہیں گیا، کیونکہ ایپ صرف اپنے فولڈر کے اندر ڈیلیٹ کرتی ہے۔ اگر وہ فائل آپ کی ہے اور ڈیلیٹ کرنی ہے تو اسے خود ڈیلیٹ کریں:
{targets}</translation>
    </message>
    <message>
        <source>{text}
The app will now close.</source>
        <translation type="unfinished">{text}
ایپ اب بند ہو جائے گی۔</translation>
    </message>
    <message>
        <source>Nothing was removed: your journal is open in another window of this app. Close that window, or lock the journal there, then try again.</source>
        <translation type="unfinished">کچھ نہیں ہٹایا گیا: آپ کی ڈائری اس ایپ کی کسی اور ونڈو میں کھلی ہے۔ وہ ونڈو بند کریں، یا وہاں ڈائری لاک کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>top left</source>
        <translation type="unfinished">اوپر بائیں</translation>
    </message>
    <message>
        <source>top right</source>
        <translation type="unfinished">اوپر دائیں</translation>
    </message>
    <message>
        <source>press {v0}</source>
        <translation type="unfinished">{v0} دبائیں</translation>
    </message>
    <message>
        <source>press Shift 3 times</source>
        <translation type="unfinished">Shift تین بار دبائیں</translation>
    </message>
    <message>
        <source>click Quick exit ({v0})</source>
        <translation type="unfinished">فوراً باہر نکلیں پر کلک کریں ({v0})</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> یا </translation>
    </message>
    <message>
        <source>To hide this app at once: </source>
        <translation type="unfinished">یہ ایپ فوراً چھپانے کے لیے: </translation>
    </message>
</context>
<context>
    <name>guidance_page</name>
    <message>
        <source> (under 18)</source>
        <translation type="unfinished"> (18 سال سے کم)</translation>
    </message>
    <message>
        <source> (18 or over)</source>
        <translation type="unfinished"> (18 سال یا زیادہ)</translation>
    </message>
    <message>
        <source>&lt;h3 id=&quot;who-to-call&quot;&gt;Who to call&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;{v0}&quot;&gt;Choose where you are&lt;/a&gt; to see the numbers for your area here, or see all &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3 id=&quot;who-to-call&quot;&gt;کس کو فون کریں&lt;/h3&gt;&lt;p&gt;اپنے علاقے کے نمبر یہاں دیکھنے کے لیے &lt;a href=&quot;{v0}&quot;&gt;چنیں کہ آپ کہاں ہیں&lt;/a&gt;، یا تمام &lt;a href=&quot;app:contacts&quot;&gt;رابطے&lt;/a&gt; دیکھیں۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;More services: &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;مزید سروسز: &lt;a href=&quot;app:contacts&quot;&gt;رابطے&lt;/a&gt;۔&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This app has no numbers for this yet where you live. Contact your local police. More services: &lt;a href=&quot;app:contacts&quot;&gt;Contacts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;اس ایپ میں ابھی آپ کے علاقے کے لیے اس کے نمبر نہیں۔ اپنی مقامی پولیس سے رابطہ کریں۔ مزید سروسز: &lt;a href=&quot;app:contacts&quot;&gt;رابطے&lt;/a&gt;۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source> in {v0}</source>
        <translation type="unfinished"> ({v0})</translation>
    </message>
    <message>
        <source>&lt;h3 id=&quot;who-to-call&quot;&gt;Who to call{where}&lt;/h3&gt;{body}</source>
        <translation type="unfinished">&lt;h3 id=&quot;who-to-call&quot;&gt;کس کو فون کریں{where}&lt;/h3&gt;{body}</translation>
    </message>
</context>
<context>
    <name>handouts</name>
    <message>
        <source>For everyone</source>
        <translation type="unfinished">سب کے لیے</translation>
    </message>
    <message>
        <source>If you are 18 or over</source>
        <translation type="unfinished">اگر آپ کی عمر 18 سال یا زیادہ ہے</translation>
    </message>
    <message>
        <source>If you are under 18</source>
        <translation type="unfinished">اگر آپ کی عمر 18 سال سے کم ہے</translation>
    </message>
    <message>
        <source>As published by the services; last reviewed {v0}. </source>
        <translation type="unfinished">جیسا سروسز نے شائع کیا؛ آخری بار دیکھا گیا {v0}۔ </translation>
    </message>
    <message>
        <source>Help and support: {v0}</source>
        <translation type="unfinished">مدد اور سہارا: {v0}</translation>
    </message>
    <message>
        <source>If a number does not work, look at the service&apos;s website.</source>
        <translation type="unfinished">اگر کوئی نمبر کام نہ کرے، تو سروس کی ویب سائٹ دیکھیں۔</translation>
    </message>
    <message>
        <source> There are more services in this app, under Contacts.</source>
        <translation type="unfinished"> اس ایپ میں &quot;رابطے&quot; کے تحت مزید سروسز ہیں۔</translation>
    </message>
    <message>
        <source>There are no other services for this choice.</source>
        <translation type="unfinished">اس انتخاب کے لیے کوئی اور سروس نہیں۔</translation>
    </message>
</context>
<context>
    <name>help_first</name>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now? Call {v0}.&lt;/strong&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;کیا آپ ابھی خطرے میں ہیں؟ {v0} پر فون کریں۔&lt;/strong&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now? Call your local emergency number&lt;/strong&gt;, or go to the nearest police station.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;کیا آپ ابھی خطرے میں ہیں؟ اپنے ملک کے ایمرجنسی نمبر پر فون کریں&lt;/strong&gt;، یا قریبی پولیس اسٹیشن جائیں۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished">؛ </translation>
    </message>
    <message>
        <source>{place}: &lt;strong&gt;{number}&lt;/strong&gt;</source>
        <translation type="unfinished">{place}: &lt;strong&gt;{number}&lt;/strong&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;In danger now?&lt;/strong&gt; Call the emergency number where you are: {parts}; anywhere else: your local number.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;strong&gt;کیا آپ ابھی خطرے میں ہیں؟&lt;/strong&gt; جہاں آپ ہیں وہاں کے ایمرجنسی نمبر پر فون کریں: {parts}؛ کہیں اور: وہاں کا مقامی نمبر۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cannot speak on the phone? On a mobile, call 999 and press &lt;strong&gt;55&lt;/strong&gt; when asked. Or see &lt;a href=&quot;{DEAF_ACCESS}&quot;&gt;police help for deaf or speech-impaired people&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;فون پر بول نہیں سکتے؟ موبائل سے 999 پر فون کریں، اور پوچھا جائے تو &lt;strong&gt;55&lt;/strong&gt; دبائیں۔ یا دیکھیں: &lt;a href=&quot;{DEAF_ACCESS}&quot;&gt;بہرے یا بولنے میں دشواری والے افراد کے لیے پولیس کی مدد&lt;/a&gt;۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Showing help for: no place chosen</source>
        <translation type="unfinished">مدد دکھائی جا رہی ہے: کوئی جگہ نہیں چنی گئی</translation>
    </message>
    <message>
        <source>Showing help for: {v0}</source>
        <translation type="unfinished">مدد دکھائی جا رہی ہے: {v0}</translation>
    </message>
    <message>
        <source> (a guess from this computer’s settings)</source>
        <translation type="unfinished"> (اس کمپیوٹر کی سیٹنگز سے اندازہ)</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Where are you? &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Choose a place&lt;/a&gt; to see its numbers.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;آپ کہاں ہیں؟ وہاں کے نمبر دیکھنے کے لیے &lt;a href=&quot;{PLACE_LINK}&quot;&gt;جگہ چنیں&lt;/a&gt;۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;Showing help for: {v0}{guess}. &lt;a href=&quot;{PLACE_LINK}&quot;&gt;Change&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p class=&quot;meta&quot; id=&quot;place&quot;&gt;مدد دکھائی جا رہی ہے: {v0}{guess}۔ &lt;a href=&quot;{PLACE_LINK}&quot;&gt;بدلیں&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation type="unfinished">آپ کہاں ہیں؟</translation>
    </message>
</context>
<context>
    <name>icons</name>
    <message>
        <source>Leaf</source>
        <translation type="unfinished">پتا</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished">صفحہ</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished">دائرہ</translation>
    </message>
</context>
<context>
    <name>journal_kept</name>
    <message>
        <source>To get back to it: in Settings, choose “I&apos;m looking for help for myself” under “Who is using this?”, or untick “Guest sessions”. The Journal area then shows your journal again.</source>
        <translation type="unfinished">اس تک واپس جانے کے لیے: سیٹنگز میں &quot;اسے کون استعمال کر رہا ہے؟&quot; کے نیچے &quot;مجھے اپنے لیے مدد چاہیے&quot; چنیں، یا &quot;مہمان سیشن&quot; کا نشان ہٹائیں۔ پھر ڈائری کا حصہ آپ کی ڈائری دوبارہ دکھائے گا۔</translation>
    </message>
    <message>
        <source>Switch on guest sessions?</source>
        <translation type="unfinished">مہمان سیشن آن کریں؟</translation>
    </message>
    <message>
        <source>There is a personal journal on this computer.

“I&apos;m a support worker” switches on guest sessions: each visit is forgotten, and the Journal area shows a take-away journal instead of the journal on this computer.

Your journal is kept. Nothing in it is deleted or changed; it stays locked on this computer.</source>
        <translation type="unfinished">اس کمپیوٹر پر ایک ذاتی ڈائری ہے۔

&quot;میں سپورٹ ورکر ہوں&quot; مہمان سیشن آن کرتا ہے: ہر ملاقات بھلا دی جاتی ہے، اور ڈائری کا حصہ اس کمپیوٹر کی ڈائری کے بجائے ساتھ لے جانے والی ڈائری دکھاتا ہے۔

آپ کی ڈائری رکھی جاتی ہے۔ اس میں سے کچھ ڈیلیٹ نہیں ہوتا، نہ بدلتا ہے؛ یہ اس کمپیوٹر پر لاک رہتی ہے۔</translation>
    </message>
    <message>
        <source>Switch on guest sessions</source>
        <translation type="unfinished">مہمان سیشن آن کریں</translation>
    </message>
    <message>
        <source>Keep things as they are</source>
        <translation type="unfinished">جیسا ہے ویسا رہنے دیں</translation>
    </message>
    <message>
        <source>A personal journal exists on this computer. It is kept, locked and unchanged; it is not shown during guest sessions.</source>
        <translation type="unfinished">اس کمپیوٹر پر ایک ذاتی ڈائری موجود ہے۔ یہ رکھی گئی ہے، لاک ہے اور بدلی نہیں گئی؛ مہمان سیشن میں یہ نہیں دکھائی جاتی۔</translation>
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
        <translation type="unfinished">کام ہو رہا ہے، براہ کرم انتظار کریں</translation>
    </message>
</context>
<context>
    <name>language_choice</name>
    <message>
        <source>The computer&apos;s language ({name})</source>
        <translation type="unfinished">کمپیوٹر کی زبان ({name})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">زبان</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished">کاپی ہو گیا ✓</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished">{items} اور {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">، </translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Support worker</source>
        <translation type="unfinished">سپورٹ ورکر</translation>
    </message>
    <message>
        <source>Guest session. Nothing from this visit is saved on this computer.</source>
        <translation type="unfinished">مہمان سیشن۔ اس ملاقات کا کچھ بھی اس کمپیوٹر پر محفوظ نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Guest session. A handout saved here is still on this computer (End session can delete it).</source>
        <translation type="unfinished">مہمان سیشن۔ یہاں محفوظ کیا گیا ہینڈ آؤٹ ابھی اس کمپیوٹر پر ہے (&quot;ملاقات ختم کریں&quot; اسے ڈیلیٹ کر سکتا ہے)۔</translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit. Ready for the next person.</source>
        <translation type="unfinished">ملاقات ختم۔ ایپ وہ ملاقات بھول گئی ہے۔ اگلے فرد کے لیے تیار۔</translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit, and the saved handout is deleted. Ready for the next person.</source>
        <translation type="unfinished">ملاقات ختم۔ ایپ وہ ملاقات بھول گئی ہے، اور محفوظ کیا گیا ہینڈ آؤٹ ڈیلیٹ ہو گیا۔ اگلے فرد کے لیے تیار۔</translation>
    </message>
    <message>
        <source>Session ended. The app has forgotten that visit. The handout is still saved at: {where}</source>
        <translation type="unfinished">ملاقات ختم۔ ایپ وہ ملاقات بھول گئی ہے۔ ہینڈ آؤٹ ابھی یہاں محفوظ ہے: {where}</translation>
    </message>
    <message>
        <source>Session ended, but this handout was not deleted. Please check it and delete it yourself if it is the handout: {where}</source>
        <translation type="unfinished">ملاقات ختم، لیکن یہ ہینڈ آؤٹ ڈیلیٹ نہیں ہوا۔ اسے چیک کریں، اور اگر یہ وہی ہینڈ آؤٹ ہے تو خود ڈیلیٹ کر دیں: {where}</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished">پاس فریز دکھائیں</translation>
    </message>
    <message>
        <source>Shows the letters you type. Make sure nobody is looking.</source>
        <translation type="unfinished">آپ کے لکھے حروف دکھاتا ہے۔ دیکھ لیں کہ کوئی دیکھ نہ رہا ہو۔</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished">براہ کرم انتظار کریں</translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished">براہ کرم پاس فریز چنیں۔</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished">دونوں پاس فریز ایک جیسے نہیں۔ براہ کرم انہیں دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <source>This passphrase is rated “{v0}”. Anyone who gets a copy of the journal file could try passphrases like it very fast, and might guess it. {v1}</source>
        <translation type="unfinished">اس پاس فریز کا درجہ &quot;{v0}&quot; ہے۔ جس کے پاس ڈائری کی فائل کی کاپی ہو، وہ اس جیسے پاس فریز بہت تیزی سے آزما سکتا ہے، اور اسے اندازے سے پا سکتا ہے۔ {v1}</translation>
    </message>
    <message>
        <source>Use a weak passphrase?</source>
        <translation type="unfinished">کمزور پاس فریز استعمال کریں؟</translation>
    </message>
    <message>
        <source>

You can still use it. You can change it later under Change passphrase.</source>
        <translation type="unfinished">

آپ پھر بھی اسے استعمال کر سکتے ہیں۔ آپ اسے بعد میں &quot;پاس فریز بدلیں&quot; سے بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation type="unfinished">پھر بھی استعمال کریں</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation type="unfinished">کوئی اور چنیں</translation>
    </message>
    <message>
        <source>Making your backup…</source>
        <translation type="unfinished">آپ کا بیک اپ بن رہا ہے…</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation type="unfinished">بیک اپ نہیں بنا</translation>
    </message>
    <message>
        <source>The backup could not be written there.</source>
        <translation type="unfinished">بیک اپ وہاں نہیں لکھا جا سکا۔</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished">بیک اپ بن گیا</translation>
    </message>
    <message>
        <source>Your backup is saved as “{v0}”. It is encrypted and opens only with your passphrase. Keep it somewhere safe, like a USB stick only you use.</source>
        <translation type="unfinished">آپ کا بیک اپ &quot;{v0}&quot; کے نام سے محفوظ ہو گیا۔ یہ خفیہ (encrypted) ہے اور صرف آپ کے پاس فریز سے کھلتا ہے۔ اسے کسی محفوظ جگہ رکھیں، جیسے کوئی USB اسٹک جو صرف آپ استعمال کرتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there ({v0}). Please try another folder.</source>
        <translation type="unfinished">PDF وہاں محفوظ نہیں ہو سکی ({v0})۔ براہ کرم کوئی اور فولڈر آزمائیں۔</translation>
    </message>
    <message>
        <source>the folder could not be used</source>
        <translation type="unfinished">فولڈر استعمال نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Help and support: {region_label}</source>
        <translation type="unfinished">مدد اور سہارا: {region_label}</translation>
    </message>
    <message>
        <source>&lt;p&gt;There are no other contacts for this choice.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;اس انتخاب کے لیے کوئی اور رابطے نہیں۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;Details as published by each service; last reviewed {reviewed}. Services can change: if a number does not work, look at the service&apos;s website.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p class=&apos;meta&apos;&gt;تفصیلات جیسی ہر سروس نے شائع کیں؛ آخری بار دیکھی گئیں {reviewed}۔ سروسز بدل سکتی ہیں: اگر کوئی نمبر کام نہ کرے، تو سروس کی ویب سائٹ دیکھیں۔&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>the file is too large to show here</source>
        <translation type="unfinished">فائل یہاں دکھانے کے لیے بہت بڑی ہے</translation>
    </message>
    <message>
        <source>the file could not be read as an image</source>
        <translation type="unfinished">فائل کو تصویر کے طور پر نہیں پڑھا جا سکا</translation>
    </message>
    <message>
        <source>the image is too large to show here</source>
        <translation type="unfinished">تصویر یہاں دکھانے کے لیے بہت بڑی ہے</translation>
    </message>
    <message>
        <source>the image is damaged or in a form the app cannot show</source>
        <translation type="unfinished">تصویر خراب ہے، یا ایسی شکل میں ہے جو ایپ نہیں دکھا سکتی</translation>
    </message>
    <message>
        <source>the image could not be prepared for the page</source>
        <translation type="unfinished">تصویر صفحے کے لیے تیار نہیں ہو سکی</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">معلوم نہیں</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished">{first} سے {last} تک</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished">کوئی اندراج نہیں</translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished">شروع</translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished">آخر</translation>
    </message>
    <message>
        <source>{span} (chosen: {start} to {end})</source>
        <translation type="unfinished">{span} (منتخب: {start} سے {end} تک)</translation>
    </message>
    <message>
        <source>{span} (chosen entries only)</source>
        <translation type="unfinished">{span} (صرف منتخب اندراجات)</translation>
    </message>
    <message>
        <source>{span} (every entry)</source>
        <translation type="unfinished">{span} (تمام اندراجات)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished">کس نے تیار کیا</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">رابطہ</translation>
    </message>
    <message>
        <source>Incidents dated</source>
        <translation type="unfinished">واقعات کی تاریخیں</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished">اندراجات کی تعداد</translation>
    </message>
    <message>
        <source>{total} in total; {included} included in this export</source>
        <translation type="unfinished">کل {total}؛ اس ایکسپورٹ میں شامل {included}</translation>
    </message>
    <message>
        <source>, {left_out} left out (listed by name and fingerprint only)</source>
        <translation type="unfinished">، {left_out} شامل نہیں (صرف نام اور فنگر پرنٹ درج ہیں)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished">منسلک فائلیں</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation type="unfinished">رپورٹ بنانے کا وقت</translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished">ایپ کا ورژن</translation>
    </message>
    <message>
        <source>Journal ID</source>
        <translation type="unfinished">ڈائری کی ID</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">تاریخچہ</translation>
    </message>
    <message>
        <source>Incident record</source>
        <translation type="unfinished">واقعات کا ریکارڈ</translation>
    </message>
    <message>
        <source>Fingerprint of this export</source>
        <translation type="unfinished">اس ایکسپورٹ کا فنگر پرنٹ</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of &lt;b&gt;manifest.json&lt;/b&gt; (the list of every entry and file in this export, with their own fingerprints) is:</source>
        <translation type="unfinished">&lt;b&gt;manifest.json&lt;/b&gt; کا SHA-256 فنگر پرنٹ یہ ہے (یہ اس ایکسپورٹ کے ہر اندراج اور ہر فائل کی فہرست ہے، ان کے اپنے فنگر پرنٹس کے ساتھ):</translation>
    </message>
    <message>
        <source>Anyone can check that the files in the ZIP have not been changed since this report was made. README.txt in the ZIP says how, with standard tools. If the files are changed, their fingerprints no longer match.</source>
        <translation type="unfinished">کوئی بھی چیک کر سکتا ہے کہ یہ رپورٹ بننے کے بعد ZIP کی فائلیں بدلی نہیں گئیں۔ ZIP میں README.txt بتاتی ہے کہ عام ٹولز سے یہ کیسے کریں۔ اگر فائلیں بدلی جائیں تو ان کے فنگر پرنٹ نہیں ملیں گے۔</translation>
    </message>
    <message>
        <source>The export is signed with the journal&apos;s own key, whose short fingerprint is the &lt;b&gt;Journal ID&lt;/b&gt; (the same on every export of this journal): the same journal made it, and nothing changed after signing. Not shown: when things happened, or that what was written is true.</source>
        <translation type="unfinished">یہ ایکسپورٹ ڈائری کی اپنی کلید (key) سے سائن کی گئی ہے۔ اس کلید کا چھوٹا فنگر پرنٹ &lt;b&gt;ڈائری کی ID&lt;/b&gt; ہے (اس ڈائری کی ہر ایکسپورٹ پر یہی ہوتی ہے)۔ اس سے پتا چلتا ہے کہ اسی ڈائری نے اسے بنایا، اور سائن کرنے کے بعد کچھ نہیں بدلا۔ اس سے یہ پتا نہیں چلتا کہ چیزیں کب ہوئیں، یا جو لکھا گیا وہ سچ ہے۔</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished">اس رپورٹ کے بارے میں</translation>
    </message>
    <message>
        <source>This report was saved on its own, without the ZIP bundle of original files. Each attached file&apos;s SHA-256 fingerprint is listed so the original can be checked later.</source>
        <translation type="unfinished">یہ رپورٹ اکیلی محفوظ کی گئی، اصل فائلوں کے ZIP بنڈل کے بغیر۔ ہر منسلک فائل کا SHA-256 فنگر پرنٹ درج ہے، تاکہ بعد میں اصل فائل چیک کی جا سکے۔</translation>
    </message>
    <message>
        <source>A record of incidents, written down by the person they happened to (or someone helping them) at the time, with the files they saved.</source>
        <translation type="unfinished">واقعات کا ریکارڈ۔ اسے اسی وقت اس شخص نے لکھا جس کے ساتھ یہ ہوئے (یا کسی مددگار نے)، محفوظ کی گئی فائلوں کے ساتھ۔</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation type="unfinished">یہ رپورٹ کیسے پڑھیں</translation>
    </message>
    <message>
        <source>Next comes a timeline of every entry, with a short extract of what happened, then a list of every account, number and web address in the entries. Then each entry follows in full, with the history of when it was written and changed, and its attached files. Times come from the clock of the computer the notes were kept on. A character that cannot be seen, or that changes the direction of the text around it, is shown as its code in brackets, such as [U+202E], wherever it was written.</source>
        <translation type="unfinished">آگے ہر اندراج کی ٹائم لائن ہے، ساتھ میں جو ہوا اس کا چھوٹا سا حصہ۔ پھر اندراجات میں لکھے ہر اکاؤنٹ، نمبر اور ویب ایڈریس کی فہرست ہے۔ پھر ہر اندراج پورا دیا گیا ہے، اس کے لکھے اور بدلے جانے کے تاریخچے اور منسلک فائلوں کے ساتھ۔ وقت اس کمپیوٹر کی گھڑی سے لیے گئے ہیں جس پر نوٹس رکھے گئے۔ جو حرف نظر نہیں آتا، یا اپنے آس پاس کے متن کی سمت بدلتا ہے، وہ جہاں بھی لکھا ہو، بریکٹ میں اپنے کوڈ کی شکل میں دکھایا گیا ہے، جیسے [U+202E]۔</translation>
    </message>
    <message>
        <source>{count} linked records since {date} (custody.json)</source>
        <translation type="unfinished">{date} سے {count} جڑے ہوئے ریکارڈ (custody.json)</translation>
    </message>
    <message>
        <source>{count} linked records (custody.json)</source>
        <translation type="unfinished">{count} جڑے ہوئے ریکارڈ (custody.json)</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">کب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">کیا ہوا</translation>
    </message>
    <message>
        <source>Platform and account</source>
        <translation type="unfinished">پلیٹ فارم اور اکاؤنٹ</translation>
    </message>
    <message>
        <source>Reported to, reference</source>
        <translation type="unfinished">کس کو رپورٹ کیا، ریفرنس</translation>
    </message>
    <message>
        <source>(in full below)</source>
        <translation type="unfinished">(پورا نیچے)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished">اکاؤنٹ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">ریفرنس</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished">(کوئی تفصیل نہیں)</translation>
    </message>
    <message>
        <source>{label} in entry {number}:</source>
        <translation type="unfinished">اندراج {number} میں {label}:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">ٹائم لائن</translation>
    </message>
    <message>
        <source>Every entry in this report, oldest first. Times are local time ({zone} when this report was made); each entry in full gives the exact time and time zone.</source>
        <translation type="unfinished">اس رپورٹ کے تمام اندراجات، پرانے پہلے۔ وقت مقامی ہیں (رپورٹ بنتے وقت {zone})۔ ہر پورے اندراج میں ٹھیک وقت اور ٹائم زون دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>No entries were chosen.</source>
        <translation type="unfinished">کوئی اندراج منتخب نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Accounts, numbers and web addresses</source>
        <translation type="unfinished">اکاؤنٹس، نمبر اور ویب ایڈریس</translation>
    </message>
    <message>
        <source>Each account, phone number, email address, web address and report reference written in these entries, listed once, with the numbers of the entries it appears in (as in the timeline). They are copied exactly as they were written down.</source>
        <translation type="unfinished">ان اندراجات میں لکھا ہر اکاؤنٹ، فون نمبر، ای میل ایڈریس، ویب ایڈریس اور رپورٹ کا ریفرنس۔ ہر ایک ایک بار درج ہے، ان اندراجات کے نمبروں کے ساتھ جن میں وہ آیا (جیسے ٹائم لائن میں)۔ یہ بالکل ویسے ہی نقل کیے گئے ہیں جیسے لکھے گئے تھے۔</translation>
    </message>
    <message>
        <source>No accounts, numbers or web addresses were written in these entries.</source>
        <translation type="unfinished">ان اندراجات میں کوئی اکاؤنٹ، نمبر یا ویب ایڈریس نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished">کس کو رپورٹ کیا</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">پلیٹ فارم</translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished">جیسے لکھا گیا</translation>
    </message>
    <message>
        <source>In entries</source>
        <translation type="unfinished">اندراجات میں</translation>
    </message>
    <message>
        <source>(above)</source>
        <translation type="unfinished">(اوپر)</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation type="unfinished">ریفرنس {reference}</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished">فائل شامل کی گئی</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation type="unfinished">فائل ہٹائی گئی</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">یہ کب ہوا</translation>
    </message>
    <message>
        <source>Platform or channel</source>
        <translation type="unfinished">پلیٹ فارم یا ذریعہ</translation>
    </message>
    <message>
        <source>Account involved</source>
        <translation type="unfinished">متعلقہ اکاؤنٹ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished">لنک</translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished">لنکس</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation type="unfinished">انہوں نے کیا مانگا</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">ٹیگز</translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation type="unfinished">اندراج کی ID</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (in full):</source>
        <translation type="unfinished">&lt;b&gt;{label}&lt;/b&gt; (پورا):</translation>
    </message>
    <message>
        <source>(no description written)</source>
        <translation type="unfinished">(کوئی تفصیل نہیں لکھی گئی)</translation>
    </message>
    <message>
        <source>Entry {number} of {count}: {when}</source>
        <translation type="unfinished">اندراج {number} از {count}: {when}</translation>
    </message>
    <message>
        <source>Emoji and symbols in this text, in words (they may not print or copy well):</source>
        <translation type="unfinished">اس متن میں ایموجی اور علامتیں، لفظوں میں (ہو سکتا ہے یہ ٹھیک سے پرنٹ یا کاپی نہ ہوں):</translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation type="unfinished">اس اندراج کا تاریخچہ</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation type="unfinished">کوئی تاریخچہ درج نہیں۔</translation>
    </message>
    <message>
        <source>Attached files ({count})</source>
        <translation type="unfinished">منسلک فائلیں ({count})</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation type="unfinished">سائز: {size}</translation>
    </message>
    <message>
        <source>Added: {when}</source>
        <translation type="unfinished">شامل کی گئی: {when}</translation>
    </message>
    <message>
        <source>In the ZIP as: {name}</source>
        <translation type="unfinished">ZIP میں اس نام سے: {name}</translation>
    </message>
    <message>
        <source>Not included: {reason}</source>
        <translation type="unfinished">شامل نہیں: {reason}</translation>
    </message>
    <message>
        <source>Picture: shown below (the original is {width} × {height} pixels)</source>
        <translation type="unfinished">تصویر: نیچے دکھائی گئی ہے (اصل {width} × {height} پکسل کی ہے)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished">SHA-256 فنگر پرنٹ:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This image could not be shown:&lt;/b&gt; {reason}. The original file is in the ZIP with SHA-256 {sha256}.</source>
        <translation type="unfinished">&lt;b&gt;یہ تصویر نہیں دکھائی جا سکی:&lt;/b&gt; {reason}۔ اصل فائل ZIP میں ہے، SHA-256 {sha256}۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;This image could not be shown:&lt;/b&gt; {reason}. The original file is listed above with SHA-256 {sha256}.</source>
        <translation type="unfinished">&lt;b&gt;یہ تصویر نہیں دکھائی جا سکی:&lt;/b&gt; {reason}۔ اصل فائل اوپر درج ہے، SHA-256 {sha256}۔</translation>
    </message>
    <message>
        <source>Incident record, made {when}</source>
        <translation type="unfinished">واقعات کا ریکارڈ، بنایا گیا {when}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished">صفحہ {number} از {count}</translation>
    </message>
    <message>
        <source>attached files were left out of this export</source>
        <translation type="unfinished">منسلک فائلیں اس ایکسپورٹ میں شامل نہیں کی گئیں</translation>
    </message>
    <message>
        <source>photos and videos were left out of this export</source>
        <translation type="unfinished">تصویریں اور ویڈیوز اس ایکسپورٹ میں شامل نہیں کی گئیں</translation>
    </message>
</context>
<context>
    <name>settings_page</name>
    <message>
        <source>Please choose one key.</source>
        <translation type="unfinished">براہ کرم ایک کی چنیں۔</translation>
    </message>
    <message>
        <source>Please choose a key, not only Shift, Ctrl or Alt.</source>
        <translation type="unfinished">براہ کرم کوئی کی چنیں، صرف Shift، Ctrl یا Alt نہیں۔</translation>
    </message>
    <message>
        <source>That key is used for typing. Choose a key like F12, or hold Ctrl or Alt with it.</source>
        <translation type="unfinished">یہ کی لکھنے کے لیے استعمال ہوتی ہے۔ F12 جیسی کوئی کی چنیں، یا اس کے ساتھ Ctrl یا Alt دبائے رکھیں۔</translation>
    </message>
    <message>
        <source>Ctrl with that key is used for copy, paste and other everyday things. Please choose another.</source>
        <translation type="unfinished">اس کی کے ساتھ Ctrl کاپی، پیسٹ اور دوسرے روزمرہ کاموں کے لیے استعمال ہوتا ہے۔ براہ کرم کوئی اور چنیں۔</translation>
    </message>
    <message>
        <source>Ctrl and a number already move between sections. Please choose another key.</source>
        <translation type="unfinished">Ctrl اور کوئی نمبر پہلے ہی حصوں کے درمیان جانے کے لیے ہیں۔ براہ کرم کوئی اور کی چنیں۔</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>When</source>
        <translation type="unfinished">کب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">پلیٹ فارم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">کیا ہوا</translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished">فائلیں</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">پیغام</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished">دھمکی</translation>
    </message>
    <message>
        <source>Images shared</source>
        <translation type="unfinished">تصویریں شیئر ہوئیں</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished">مطالبہ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">کچھ اور</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation type="unfinished">(ابھی کچھ نہیں لکھا)</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <comment>%n file</comment>
        <translation type="unfinished">
            <numerusform>%n فائل</numerusform>
            <numerusform>%n فائلیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>it has no name</source>
        <translation type="unfinished">اس کا کوئی نام نہیں</translation>
    </message>
    <message>
        <source>its name is far too long</source>
        <translation type="unfinished">اس کا نام بہت زیادہ لمبا ہے</translation>
    </message>
    <message>
        <source>its name holds control, invisible or direction-changing characters</source>
        <translation type="unfinished">اس کے نام میں کنٹرول، نظر نہ آنے والے یا سمت بدلنے والے حروف ہیں</translation>
    </message>
    <message>
        <source>its name holds a backslash (a folder separator on Windows)</source>
        <translation type="unfinished">اس کے نام میں بیک سلیش ہے (Windows پر فولڈر الگ کرنے والا نشان)</translation>
    </message>
    <message>
        <source>its name is an absolute path or holds a colon</source>
        <translation type="unfinished">اس کا نام مکمل راستہ ہے یا اس میں کولن ہے</translation>
    </message>
    <message>
        <source>it is nested in far too many folders</source>
        <translation type="unfinished">یہ بہت زیادہ فولڈروں کے اندر ہے</translation>
    </message>
    <message>
        <source>its name climbs out of the folder or has an empty part</source>
        <translation type="unfinished">اس کا نام فولڈر سے باہر جاتا ہے یا اس کا کوئی حصہ خالی ہے</translation>
    </message>
    <message>
        <source>its name ends in a dot or a space (Windows would drop them)</source>
        <translation type="unfinished">اس کا نام نقطے یا خالی جگہ پر ختم ہوتا ہے (Windows انہیں ہٹا دیتا)</translation>
    </message>
    <message>
        <source>its name is reserved on Windows</source>
        <translation type="unfinished">اس کا نام Windows پر مخصوص ہے</translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name, which was not opened ({why}): {name}.</source>
        <translation type="unfinished">بنڈل میں غیر محفوظ نام والی فائل ہے، جو کھولی نہیں گئی ({why}): {name}۔</translation>
    </message>
    <message>
        <source>The name {name} appears {count} times in the bundle, so it is not clear which one is meant. None of them was opened.</source>
        <translation type="unfinished">نام {name} بنڈل میں {count} بار آتا ہے، اس لیے واضح نہیں کہ کون سی فائل مراد ہے۔ ان میں سے کوئی نہیں کھولی گئی۔</translation>
    </message>
    <message>
        <source>These names would be the same file on Windows or macOS (capital letters, accents or a trailing dot or space): {names}. None of them was opened.</source>
        <translation type="unfinished">یہ نام Windows یا macOS پر ایک ہی فائل ہوں گے (بڑے حروف، اعراب، یا آخر میں نقطہ یا خالی جگہ): {names}۔ ان میں سے کوئی نہیں کھولی گئی۔</translation>
    </message>
    <message>
        <source>It is not a file: it is a device, a pipe or another special file, so it was not read.</source>
        <translation type="unfinished">یہ فائل نہیں: یہ ڈیوائس، پائپ یا کوئی اور خاص فائل ہے، اس لیے پڑھی نہیں گئی۔</translation>
    </message>
    <message>
        <source>The ZIP holds bytes that are not one of the files in its list ({where}). Other ZIP programs could show different files from those bytes (a second report.pdf, say), so the bundle was not checked.</source>
        <translation type="unfinished">ZIP میں ایسے بائٹس ہیں جو اس کی فہرست کی کسی فائل کا حصہ نہیں ({where})۔ دوسرے ZIP پروگرام ان بائٹس سے مختلف فائلیں دکھا سکتے ہیں (جیسے دوسری report.pdf)، اس لیے بنڈل چیک نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>It is not a ZIP file, or it is too damaged to open.</source>
        <translation type="unfinished">یہ ZIP فائل نہیں، یا کھولنے کے لیے بہت خراب ہے۔</translation>
    </message>
    <message>
        <source>its ZIP64 end record is not where it says</source>
        <translation type="unfinished">اس کا ZIP64 آخری ریکارڈ وہاں نہیں جہاں یہ بتاتا ہے</translation>
    </message>
    <message>
        <source>It says it holds {count:,} files, far too many to be an evidence bundle (at most {limit:,}). It was not opened.</source>
        <translation type="unfinished">یہ کہتا ہے کہ اس میں {count:,} فائلیں ہیں، ثبوت کے بنڈل کے لیے بہت زیادہ (زیادہ سے زیادہ {limit:,})۔ اسے کھولا نہیں گیا۔</translation>
    </message>
    <message>
        <source>Its list of files is far larger than an evidence bundle&apos;s could be. It was not opened.</source>
        <translation type="unfinished">اس کی فائلوں کی فہرست ثبوت کے بنڈل سے کہیں بڑی ہے۔ اسے کھولا نہیں گیا۔</translation>
    </message>
    <message>
        <source>It holds more than {limit:,} files, far too many to be an evidence bundle. It was not opened.</source>
        <translation type="unfinished">اس میں {limit:,} سے زیادہ فائلیں ہیں، ثبوت کے بنڈل کے لیے بہت زیادہ۔ اسے کھولا نہیں گیا۔</translation>
    </message>
    <message>
        <source>after its end: a comment or extra bytes</source>
        <translation type="unfinished">اس کے آخر کے بعد: کوئی تبصرہ یا اضافی بائٹس</translation>
    </message>
    <message>
        <source>inside its list of files</source>
        <translation type="unfinished">اس کی فائلوں کی فہرست کے اندر</translation>
    </message>
    <message>
        <source>before its first file: another ZIP or other data in front</source>
        <translation type="unfinished">اس کی پہلی فائل سے پہلے: کوئی اور ZIP یا اور ڈیٹا آگے</translation>
    </message>
    <message>
        <source>a file in its list is on another disk</source>
        <translation type="unfinished">اس کی فہرست کی ایک فائل کسی اور ڈسک پر ہے</translation>
    </message>
    <message>
        <source>a file in its list has no header where the list says</source>
        <translation type="unfinished">فہرست کی ایک فائل کا ہیڈر وہاں نہیں جہاں فہرست بتاتی ہے</translation>
    </message>
    <message>
        <source>a file&apos;s own header does not match its line in the list of files</source>
        <translation type="unfinished">کسی فائل کا اپنا ہیڈر فائلوں کی فہرست میں اس کی لائن سے نہیں ملتا</translation>
    </message>
    <message>
        <source>a file&apos;s own header gives other sizes than the list of files</source>
        <translation type="unfinished">کسی فائل کا اپنا ہیڈر فائلوں کی فہرست سے مختلف سائز بتاتا ہے</translation>
    </message>
    <message>
        <source>a stored file whose length only its list of files gives</source>
        <translation type="unfinished">محفوظ فائل جس کی لمبائی صرف فائلوں کی فہرست بتاتی ہے</translation>
    </message>
    <message>
        <source>before its first file</source>
        <translation type="unfinished">اس کی پہلی فائل سے پہلے</translation>
    </message>
    <message>
        <source>between two of its files</source>
        <translation type="unfinished">اس کی دو فائلوں کے درمیان</translation>
    </message>
    <message>
        <source>where two of its files overlap</source>
        <translation type="unfinished">جہاں اس کی دو فائلیں ایک دوسرے پر چڑھتی ہیں</translation>
    </message>
    <message>
        <source>between its last file and its list of files</source>
        <translation type="unfinished">اس کی آخری فائل اور فائلوں کی فہرست کے درمیان</translation>
    </message>
    <message>
        <source>where its last file runs into its list of files</source>
        <translation type="unfinished">جہاں اس کی آخری فائل فائلوں کی فہرست میں جا گھستی ہے</translation>
    </message>
    <message>
        <source>a file&apos;s data descriptor does not match its line in the list of files</source>
        <translation type="unfinished">کسی فائل کا ڈیٹا ڈسکرپٹر فائلوں کی فہرست میں اس کی لائن سے نہیں ملتا</translation>
    </message>
    <message>
        <source>Its list of files holds a name that is not valid text (UTF-8), which the app never writes. It was not opened.</source>
        <translation type="unfinished">اس کی فائلوں کی فہرست میں ایسا نام ہے جو درست متن (UTF-8) نہیں، جو ایپ کبھی نہیں لکھتی۔ اسے کھولا نہیں گیا۔</translation>
    </message>
    <message>
        <source>It holds far too many files to be an evidence bundle.</source>
        <translation type="unfinished">اس میں ثبوت کے بنڈل کے لیے بہت زیادہ فائلیں ہیں۔</translation>
    </message>
    <message>
        <source>The bundle holds a link to another file, which was not followed: {name}.</source>
        <translation type="unfinished">بنڈل میں کسی اور فائل کا لنک ہے، جسے کھولا نہیں گیا: {name}۔</translation>
    </message>
    <message>
        <source>{name} is password-protected, so it cannot be checked.</source>
        <translation type="unfinished">{name} پاس ورڈ سے محفوظ ہے، اس لیے چیک نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The bundle holds a folder that no fingerprint covers: {name}.</source>
        <translation type="unfinished">بنڈل میں ایسا فولڈر ہے جسے کوئی فنگر پرنٹ شامل نہیں کرتا: {name}۔</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation type="unfinished">یہ ادھوری کٹی ہوئی ہے</translation>
    </message>
    <message>
        <source>bytes are hidden after the end of its compressed data</source>
        <translation type="unfinished">اس کے کمپریس کیے گئے ڈیٹا کے آخر کے بعد بائٹس چھپے ہیں</translation>
    </message>
    <message>
        <source>it holds more than its declared size</source>
        <translation type="unfinished">اس میں بتائے گئے سائز سے زیادہ ہے</translation>
    </message>
    <message>
        <source>its compressed data is broken</source>
        <translation type="unfinished">اس کا کمپریس کیا ہوا ڈیٹا ٹوٹا ہوا ہے</translation>
    </message>
    <message>
        <source>The folder holds a link to another file, which was not followed: {name}.</source>
        <translation type="unfinished">فولڈر میں کسی اور فائل کا لنک ہے، جسے کھولا نہیں گیا: {name}۔</translation>
    </message>
    <message>
        <source>The folder holds something that is not a file (a device or a pipe), which was not opened: {name}.</source>
        <translation type="unfinished">فولڈر میں کوئی ایسی چیز ہے جو فائل نہیں (ڈیوائس یا پائپ)، جسے کھولا نہیں گیا: {name}۔</translation>
    </message>
    <message>
        <source>The folder holds far too many files to be an evidence bundle.</source>
        <translation type="unfinished">فولڈر میں ثبوت کے بنڈل کے لیے بہت زیادہ فائلیں ہیں۔</translation>
    </message>
    <message>
        <source>it is not a plain file any more</source>
        <translation type="unfinished">یہ اب سادہ فائل نہیں رہی</translation>
    </message>
    <message>
        <source>{name} is far larger than it should be (over {size} MiB), so the bundle was not checked further.</source>
        <translation type="unfinished">{name} جتنی ہونی چاہیے اس سے کہیں بڑی ہے ({size} MiB سے زیادہ)، اس لیے بنڈل آگے چیک نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>{name} is damaged inside the bundle and cannot be read ({why}).</source>
        <translation type="unfinished">{name} بنڈل کے اندر خراب ہے اور پڑھی نہیں جا سکتی ({why})۔</translation>
    </message>
    <message>
        <source>it is packed in a way this checker does not read</source>
        <translation type="unfinished">یہ ایسے طریقے سے پیک ہے جو یہ چیکر نہیں پڑھتا</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation type="unfinished">یہ انکرپٹڈ ہے</translation>
    </message>
    <message>
        <source>the drive could not be read</source>
        <translation type="unfinished">ڈرائیو پڑھی نہیں جا سکی</translation>
    </message>
    <message>
        <source>There is no file or folder there.</source>
        <translation type="unfinished">وہاں کوئی فائل یا فولڈر نہیں۔</translation>
    </message>
    <message>
        <source>The app is not allowed to read it.</source>
        <translation type="unfinished">ایپ کو اسے پڑھنے کی اجازت نہیں۔</translation>
    </message>
    <message>
        <source>That is not a path this computer can open.</source>
        <translation type="unfinished">یہ ایسا راستہ نہیں جو یہ کمپیوٹر کھول سکے۔</translation>
    </message>
    <message>
        <source>The file could not be read. Check the drive and try again.</source>
        <translation type="unfinished">فائل پڑھی نہیں جا سکی۔ ڈرائیو چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>{name} is not a public key the app writes, so the signature cannot be checked.</source>
        <translation type="unfinished">{name} ایسی پبلک کلید نہیں جو ایپ لکھتی ہے، اس لیے دستخط چیک نہیں ہو سکتے۔</translation>
    </message>
    <message>
        <source>{name} is not an Ed25519 key, so it is not one the app writes.</source>
        <translation type="unfinished">{name} Ed25519 کلید نہیں، اس لیے یہ وہ نہیں جو ایپ لکھتی ہے۔</translation>
    </message>
    <message>
        <source>{name} is not a signature the app writes (it should be exactly {size}).</source>
        <translation type="unfinished">{name} ایسے دستخط نہیں جو ایپ لکھتی ہے (یہ ٹھیک {size} ہونے چاہییں)۔</translation>
    </message>
    <message>
        <source>The signature does not match: SHA256SUMS, its signature or the key was changed after the bundle was made.</source>
        <translation type="unfinished">دستخط نہیں ملتے: بنڈل بننے کے بعد SHA256SUMS، اس کے دستخط یا کلید بدلی گئی۔</translation>
    </message>
    <message>
        <source>{name} holds far more values than a custody log could, so it was not read.</source>
        <translation type="unfinished">{name} میں کسٹڈی لاگ سے کہیں زیادہ چیزیں ہیں، اس لیے اسے پڑھا نہیں گیا۔</translation>
    </message>
    <message>
        <source>{name} is damaged (it is not readable JSON).</source>
        <translation type="unfinished">{name} خراب ہے (یہ پڑھنے کے قابل JSON نہیں)۔</translation>
    </message>
    <message>
        <source>{name} holds values a custody log cannot hold.</source>
        <translation type="unfinished">{name} میں ایسی چیزیں ہیں جو کسٹڈی لاگ میں نہیں ہو سکتیں۔</translation>
    </message>
    <message>
        <source>{name} is not a custody log the app writes.</source>
        <translation type="unfinished">{name} ایسا کسٹڈی لاگ نہیں جو ایپ لکھتی ہے۔</translation>
    </message>
    <message>
        <source>{name} does not agree with itself (its count or last hash).</source>
        <translation type="unfinished">{name} خود اپنے آپ سے نہیں ملتا (اس کی گنتی یا آخری ہیش)۔</translation>
    </message>
    <message>
        <source>{name} hides the details of its first record, which names the journal.</source>
        <translation type="unfinished">{name} اپنے پہلے ریکارڈ کی تفصیل چھپاتا ہے، جو ڈائری کا نام بتاتا ہے۔</translation>
    </message>
    <message>
        <source>{name} belongs to another journal than the key that signed the bundle.</source>
        <translation type="unfinished">{name} اس ڈائری کی نہیں جس کی کلید نے بنڈل سائن کیا۔</translation>
    </message>
    <message>
        <source>manifest.json and {name} do not agree on the history (its length or last record): a record was added, removed or changed.</source>
        <translation type="unfinished">manifest.json اور {name} تاریخچے پر متفق نہیں (اس کی لمبائی یا آخری ریکارڈ): کوئی ریکارڈ شامل کیا، نکالا یا بدلا گیا۔</translation>
    </message>
    <message>
        <source>manifest.json names another journal than the key that signed the bundle.</source>
        <translation type="unfinished">manifest.json اس ڈائری کے علاوہ کسی اور ڈائری کا نام لیتی ہے جس کی کلید نے بنڈل سائن کیا۔</translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json is missing fields the history&apos;s content hash covers.</source>
        <translation type="unfinished">manifest.json میں اندراج {entry} میں وہ خانے نہیں جو تاریخچے کا مواد والا ہیش شامل کرتا ہے۔</translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json does not match its own content hash: it was changed.</source>
        <translation type="unfinished">manifest.json میں اندراج {entry} اپنے مواد کے ہیش سے نہیں ملتا: اسے بدلا گیا۔</translation>
    </message>
    <message>
        <source>entry {entry} in manifest.json is not what the history says it was when last saved.</source>
        <translation type="unfinished">manifest.json میں اندراج {entry} ویسا نہیں جیسا تاریخچہ کہتا ہے کہ آخری بار محفوظ کرتے وقت تھا۔</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished">1 فائل</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation type="unfinished">{count} فائلیں</translation>
    </message>
    <message>
        <source>{name} could not be checked.</source>
        <translation type="unfinished">{name} چیک نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>{name}: DOES NOT MATCH. 1 problem found:</source>
        <translation type="unfinished">{name}: نہیں ملتا۔ 1 مسئلہ ملا:</translation>
    </message>
    <message>
        <source>{name}: DOES NOT MATCH. {count} problems found:</source>
        <translation type="unfinished">{name}: نہیں ملتا۔ {count} مسائل ملے:</translation>
    </message>
    <message>
        <source>{files} matched.</source>
        <translation type="unfinished">ملتی ہیں: {files}۔</translation>
    </message>
    <message>
        <source>{name}: OLDER FORMAT, PARTLY CHECKED. The report is not covered.</source>
        <translation type="unfinished">{name}: پرانی شکل، کچھ حصہ چیک ہوا۔ رپورٹ شامل نہیں۔</translation>
    </message>
    <message>
        <source>This bundle was made by an older version of the app. Its fingerprint (the SHA-256 of manifest.json, on the cover of report.pdf) covers manifest.json and the files it lists: all {files} match.</source>
        <translation type="unfinished">یہ بنڈل ایپ کے پرانے ورژن نے بنایا۔ اس کا فنگر پرنٹ (manifest.json کا SHA-256، report.pdf کے سرورق پر) manifest.json اور اس میں درج فائلوں کو شامل کرتا ہے: سب ملتی ہیں ({files})۔</translation>
    </message>
    <message>
        <source>report.pdf and README.txt are NOT covered by that fingerprint: they could have been changed or replaced without it showing. Compare the report with manifest.json before relying on it.</source>
        <translation type="unfinished">وہ فنگر پرنٹ report.pdf اور README.txt کو شامل نہیں کرتا: یہ بدلی یا تبدیل کی جا سکتی تھیں اور پتا نہ چلتا۔ رپورٹ پر بھروسہ کرنے سے پہلے اسے manifest.json سے ملائیں۔</translation>
    </message>
    <message>
        <source>{name}: everything matches its fingerprint list.</source>
        <translation type="unfinished">{name}: سب کچھ اپنی فنگر پرنٹ فہرست سے ملتا ہے۔</translation>
    </message>
    <message>
        <source>All {files} listed in SHA256SUMS match it; none is missing and the bundle holds nothing else.</source>
        <translation type="unfinished">SHA256SUMS میں درج تمام فائلیں اس سے ملتی ہیں ({files})؛ کوئی غائب نہیں اور بنڈل میں اور کچھ نہیں۔</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished">1 اندراج</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished">{count} اندراجات</translation>
    </message>
    <message>
        <source>It holds {entries}, made {when}.</source>
        <translation type="unfinished">اس میں {entries} ہیں، بنایا گیا {when}۔</translation>
    </message>
    <message>
        <source>It holds {entries}.</source>
        <translation type="unfinished">اس میں {entries} ہیں۔</translation>
    </message>
    <message>
        <source>Fingerprint of this bundle (SHA-256 of SHA256SUMS):</source>
        <translation type="unfinished">اس بنڈل کا فنگر پرنٹ (SHA256SUMS کا SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint of this bundle (SHA-256 of manifest.json):</source>
        <translation type="unfinished">اس بنڈل کا فنگر پرنٹ (manifest.json کا SHA-256):</translation>
    </message>
    <message>
        <source>It is the fingerprint you gave.</source>
        <translation type="unfinished">یہ وہی فنگر پرنٹ ہے جو آپ نے دیا۔</translation>
    </message>
    <message>
        <source>Compare it with the one on the cover page and the one noted when the bundle was made.</source>
        <translation type="unfinished">اسے سرورق والے فنگر پرنٹ سے، اور بنڈل بنتے وقت نوٹ کیے گئے فنگر پرنٹ سے ملائیں۔</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint noted when the bundle was made. If they differ, something in the bundle was changed, added or removed since.</source>
        <translation type="unfinished">اسے بنڈل بنتے وقت نوٹ کیے گئے فنگر پرنٹ سے ملائیں۔ اگر یہ مختلف ہوں تو اس کے بعد بنڈل میں کچھ بدلا، شامل کیا یا نکالا گیا۔</translation>
    </message>
    <message>
        <source>Fingerprint of manifest.json (printed on the cover of report.pdf): {sha256}</source>
        <translation type="unfinished">manifest.json کا فنگر پرنٹ (report.pdf کے سرورق پر چھپا ہوا): {sha256}</translation>
    </message>
    <message>
        <source>This bundle is not signed (it was made by an older version of the app): only its fingerprint can show it is unchanged.</source>
        <translation type="unfinished">یہ بنڈل سائن نہیں کیا گیا (اسے ایپ کے پرانے ورژن نے بنایا): صرف اس کا فنگر پرنٹ دکھا سکتا ہے کہ یہ بدلا نہیں۔</translation>
    </message>
    <message>
        <source>Journal ID of the key in the bundle: {journal_id}</source>
        <translation type="unfinished">بنڈل میں موجود کلید کی ڈائری ID: {journal_id}</translation>
    </message>
    <message>
        <source>The journal&apos;s signature over SHA256SUMS is good.</source>
        <translation type="unfinished">SHA256SUMS پر ڈائری کے دستخط درست ہیں۔</translation>
    </message>
    <message>
        <source>Its custody log (custody.json) holds {count} linked records; none is missing, changed or out of order.</source>
        <translation type="unfinished">اس کے کسٹڈی لاگ (custody.json) میں {count} جڑے ہوئے ریکارڈ ہیں؛ کوئی غائب، بدلا ہوا یا بے ترتیب نہیں۔</translation>
    </message>
    <message>
        <source>It is the journal ID you gave: the same journal made this bundle, and nothing in it changed after it was signed.</source>
        <translation type="unfinished">یہ وہی ڈائری کی ID ہے جو آپ نے دی: یہ بنڈل اسی ڈائری نے بنایا، اور سائن ہونے کے بعد اس میں کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Compare the journal ID with one noted from the app or an earlier export. A good signature only proves something once the key is known to be the journal&apos;s.</source>
        <translation type="unfinished">ڈائری کی ID کو اس ID سے ملائیں جو ایپ سے یا پچھلی ایکسپورٹ سے نوٹ کی گئی۔ درست دستخط تبھی کچھ ثابت کرتے ہیں جب معلوم ہو کہ کلید اسی ڈائری کی ہے۔</translation>
    </message>
    <message>
        <source>manifest.json holds far more values than an evidence bundle&apos;s could (over {limit:,}), so the bundle was not checked further.</source>
        <translation type="unfinished">manifest.json میں ثبوت کے بنڈل سے کہیں زیادہ چیزیں ہیں ({limit:,} سے زیادہ)، اس لیے بنڈل آگے چیک نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>manifest.json is damaged (it is not readable JSON).</source>
        <translation type="unfinished">manifest.json خراب ہے (یہ پڑھنے کے قابل JSON نہیں)۔</translation>
    </message>
    <message>
        <source>manifest.json is nested far too deeply to be an evidence bundle&apos;s.</source>
        <translation type="unfinished">manifest.json کی تہیں ثبوت کے بنڈل کے لیے بہت زیادہ گہری ہیں۔</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of an evidence bundle made by this app.</source>
        <translation type="unfinished">manifest.json اس ایپ کے بنائے ہوئے ثبوت کے بنڈل کی فہرست نہیں ہے۔</translation>
    </message>
    <message>
        <source>manifest.json lists {name} twice.</source>
        <translation type="unfinished">manifest.json میں {name} دو بار درج ہے۔</translation>
    </message>
    <message>
        <source>entry {entry}, attached file {file}</source>
        <translation type="unfinished">اندراج {entry}، منسلک فائل {file}</translation>
    </message>
    <message>
        <source>manifest.json says {what} is included, but its list of files does not hold it.</source>
        <translation type="unfinished">manifest.json کہتی ہے کہ {what} شامل ہے، لیکن اس کی فائلوں کی فہرست میں نہیں۔</translation>
    </message>
    <message>
        <source>manifest.json gives two different fingerprints or sizes for {name}.</source>
        <translation type="unfinished">manifest.json {name} کے دو مختلف فنگر پرنٹ یا سائز دیتی ہے۔</translation>
    </message>
    <message>
        <source>manifest.json says {what} was left out, yet gives it a path in the bundle.</source>
        <translation type="unfinished">manifest.json کہتی ہے کہ {what} شامل نہیں کی گئی، پھر بھی بنڈل میں اس کا راستہ دیتی ہے۔</translation>
    </message>
    <message>
        <source>SHA256SUMS is damaged (it is not plain text).</source>
        <translation type="unfinished">SHA256SUMS خراب ہے (یہ سادہ متن نہیں)۔</translation>
    </message>
    <message>
        <source>SHA256SUMS does not end with a line break, so it is not in the form the app writes.</source>
        <translation type="unfinished">SHA256SUMS نئی لائن پر ختم نہیں ہوتی، اس لیے یہ اس شکل میں نہیں جس میں ایپ لکھتی ہے۔</translation>
    </message>
    <message>
        <source>Line {line} of SHA256SUMS is not in the form the app writes.</source>
        <translation type="unfinished">SHA256SUMS کی لائن {line} اس شکل میں نہیں جس میں ایپ لکھتی ہے۔</translation>
    </message>
    <message>
        <source>Line {line} of SHA256SUMS names a file that cannot be in a bundle because {why}: {name}.</source>
        <translation type="unfinished">SHA256SUMS کی لائن {line} ایسی فائل کا نام لیتی ہے جو بنڈل میں نہیں ہو سکتی کیونکہ {why}: {name}۔</translation>
    </message>
    <message>
        <source>SHA256SUMS lists {name} twice.</source>
        <translation type="unfinished">SHA256SUMS میں {name} دو بار درج ہے۔</translation>
    </message>
    <message>
        <source>The fingerprint you gave is not 64 characters 0-9 and a-f (spaces are fine).</source>
        <translation type="unfinished">آپ کا دیا ہوا فنگر پرنٹ 0-9 اور a-f کے 64 حروف نہیں ہے (خالی جگہیں ٹھیک ہیں)۔</translation>
    </message>
    <message>
        <source>The journal ID you gave is not 24 characters 0-9 and a-f (spaces are fine).</source>
        <translation type="unfinished">آپ کی دی ہوئی ڈائری کی ID 0-9 اور a-f کے 24 حروف نہیں ہے (خالی جگہیں ٹھیک ہیں)۔</translation>
    </message>
    <message>
        <source>The bundle&apos;s fingerprint is not the one you gave ({fingerprint}): something in it was changed, added or removed after it was made.</source>
        <translation type="unfinished">بنڈل کا فنگر پرنٹ وہ نہیں جو آپ نے دیا ({fingerprint}): بننے کے بعد اس میں کچھ بدلا، شامل کیا یا نکالا گیا۔</translation>
    </message>
    <message>
        <source>The bundle is too large to check on this computer.</source>
        <translation type="unfinished">یہ بنڈل اس کمپیوٹر پر چیک کرنے کے لیے بہت بڑا ہے۔</translation>
    </message>
    <message>
        <source>The bundle could not be read ({why}). It may be damaged.</source>
        <translation type="unfinished">بنڈل پڑھا نہیں جا سکا ({why})۔ ہو سکتا ہے یہ خراب ہو۔</translation>
    </message>
    <message>
        <source>This bundle is not signed (it was made by an older version of the app), so the journal ID you gave cannot be checked. Check it with its fingerprint instead.</source>
        <translation type="unfinished">یہ بنڈل سائن نہیں کیا گیا (اسے ایپ کے پرانے ورژن نے بنایا)، اس لیے آپ کی دی ہوئی ڈائری کی ID چیک نہیں ہو سکتی۔ اس کی بجائے اسے اس کے فنگر پرنٹ سے چیک کریں۔</translation>
    </message>
    <message>
        <source>The bundle&apos;s signing key could not be read, so the journal ID you gave cannot be checked.</source>
        <translation type="unfinished">بنڈل کی سائن کرنے والی کلید پڑھی نہیں جا سکی، اس لیے آپ کی دی ہوئی ڈائری کی ID چیک نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The bundle was signed by another journal (ID {journal_id}), not the one you gave ({expected}).</source>
        <translation type="unfinished">یہ بنڈل کسی اور ڈائری نے سائن کیا (ID {journal_id})، اس نے نہیں جو آپ نے دی ({expected})۔</translation>
    </message>
    <message>
        <source>The journal ID is the one you gave, but the signature does not match, so it proves nothing.</source>
        <translation type="unfinished">ڈائری کی ID وہی ہے جو آپ نے دی، لیکن دستخط نہیں ملتے، اس لیے اس سے کچھ ثابت نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>There is no usable manifest.json in it, so it is not a complete evidence bundle.</source>
        <translation type="unfinished">اس میں کام کے قابل manifest.json نہیں ہے، اس لیے یہ ثبوت کا مکمل بنڈل نہیں ہے۔</translation>
    </message>
    <message>
        <source>manifest.json says the bundle was made in a format this version of the app does not know. Use a newer version to check it.</source>
        <translation type="unfinished">manifest.json کہتی ہے کہ بنڈل ایسی شکل میں بنا جسے ایپ کا یہ ورژن نہیں جانتا۔ اسے چیک کرنے کے لیے نیا ورژن استعمال کریں۔</translation>
    </message>
    <message>
        <source>manifest.json is not in the expected form ({detail}), so the bundle cannot be checked.</source>
        <translation type="unfinished">manifest.json متوقع شکل میں نہیں ({detail})، اس لیے بنڈل چیک نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>{name} was not checked, because its name is unsafe or clashes with another (see above).</source>
        <translation type="unfinished">{name} چیک نہیں کی گئی، کیونکہ اس کا نام غیر محفوظ ہے یا کسی اور نام سے ٹکراتا ہے (اوپر دیکھیں)۔</translation>
    </message>
    <message>
        <source>{name} is missing from the bundle.</source>
        <translation type="unfinished">{name} بنڈل میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>{name} has been changed: it is larger than it should be.</source>
        <translation type="unfinished">{name} بدلی گئی ہے: یہ جتنی ہونی چاہیے اس سے بڑی ہے۔</translation>
    </message>
    <message>
        <source>{name} has been changed: it is {size}, but should be {expected}.</source>
        <translation type="unfinished">{name} بدلی گئی ہے: یہ {size} ہے، لیکن {expected} ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>{name} has been changed: its SHA-256 fingerprint does not match.</source>
        <translation type="unfinished">{name} بدلی گئی ہے: اس کا SHA-256 فنگر پرنٹ نہیں ملتا۔</translation>
    </message>
    <message>
        <source>{name} is an extra file: the bundle&apos;s fingerprint does not cover it.</source>
        <translation type="unfinished">{name} ایک اضافی فائل ہے: بنڈل کا فنگر پرنٹ اسے شامل نہیں کرتا۔</translation>
    </message>
    <message>
        <source>There is no usable SHA256SUMS in it. That file is the bundle&apos;s seal: without it nothing can be checked.</source>
        <translation type="unfinished">اس میں کام کے قابل SHA256SUMS نہیں ہے۔ یہ فائل بنڈل کی مہر ہے: اس کے بغیر کچھ بھی چیک نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>SHA256SUMS lists itself or its signature, which the app never does.</source>
        <translation type="unfinished">SHA256SUMS اپنا یا اپنے دستخط کا نام درج کرتی ہے، جو ایپ کبھی نہیں کرتی۔</translation>
    </message>
    <message>
        <source>{name} is not covered by the fingerprint: SHA256SUMS does not list it.</source>
        <translation type="unfinished">{name} فنگر پرنٹ میں شامل نہیں: SHA256SUMS میں اس کا نام نہیں۔</translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but not in manifest.json, so it was not part of the export.</source>
        <translation type="unfinished">{name} SHA256SUMS میں درج ہے لیکن manifest.json میں نہیں، اس لیے یہ ایکسپورٹ کا حصہ نہیں تھی۔</translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but is not a file the app puts in a bundle.</source>
        <translation type="unfinished">{name} SHA256SUMS میں درج ہے لیکن یہ ایسی فائل نہیں جو ایپ بنڈل میں ڈالتی ہے۔</translation>
    </message>
    <message>
        <source>{name} is listed in manifest.json but not in SHA256SUMS.</source>
        <translation type="unfinished">{name} manifest.json میں درج ہے لیکن SHA256SUMS میں نہیں۔</translation>
    </message>
    <message>
        <source>{name} has different fingerprints in manifest.json and SHA256SUMS.</source>
        <translation type="unfinished">{name} کے فنگر پرنٹ manifest.json اور SHA256SUMS میں مختلف ہیں۔</translation>
    </message>
    <message>
        <source>{absent} Without it the bundle&apos;s signature cannot be checked.</source>
        <translation type="unfinished">{absent} اس کے بغیر بنڈل کے دستخط چیک نہیں ہو سکتے۔</translation>
    </message>
    <message>
        <source>{name} does not match its line in SHA256SUMS: it was changed.</source>
        <translation type="unfinished">{name} SHA256SUMS میں اپنی لائن سے نہیں ملتی: اسے بدلا گیا۔</translation>
    </message>
</context>
</TS>
