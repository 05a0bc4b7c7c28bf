<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountRepository</name>
    <message>
        <source>save the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the sign-in expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is not connected to TravelFlow. It may have been removed; refresh the account list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count what the account has stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionRules</name>
    <message>
        <source>The TikTok caption is %1 characters long; the limit is %2 (emoji and some other symbols count as 2). Shorten it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who can see this TikTok video. TikTok does not let apps choose it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Instagram caption is %1 characters long; the limit is %2. Shorten it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Instagram caption has %1 hashtags; the limit is %2. Remove %3 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Instagram caption has %1 @mentions; the limit is %2. Remove %3 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube title is empty. Enter a title; YouTube requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube title is %1 characters long; the limit is %2. Shorten it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube title contains &lt; or &gt;, which YouTube does not accept. Remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube description is %1 bytes; the limit is %2 bytes (Cyrillic letters take 2 bytes, emoji 4). Shorten it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube description contains &lt; or &gt;, which YouTube does not accept. Remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube tags add up to %1 characters; the limit is %2 (the commas between tags count, and a tag with a space counts 2 more for its quotes). Remove tags to save %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a YouTube privacy setting. Choose private, public or unlisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled YouTube video must stay private until it is published. Set the privacy to private, or remove the scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time (%1) has already passed. Choose a later time, or remove it to publish right away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import video files and folders into the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the videos in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options come before the command: %1 --data-dir DIR --json videos list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s own options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage or validation error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow command line: the same library, queue and inbox as the desktop app, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in DIR instead of the default location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import video files and folders (searched recursively). Files are never copied or changed. Prints one line per file: the new id, the id it duplicates, or why it was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import&apos; needs at least one file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;videos&apos; needs a subcommand: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;videos %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the videos in the library, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only videos whose path, tags or notes contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;videos list&apos; takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty. Add videos with &apos;%1 import PATH&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one comment or message per line from standard input and write one line per input line, in order: &quot;lead&quot; or &quot;not&quot;, a tab, the score (0 to 1), a tab, the reason. With --json: an array of objects. Uses what this profile learned from your corrections when the profile exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;classify&apos; reads standard input and takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach this profile&apos;s lead finder that TEXT is a lead (&quot;lead&quot;) or not (&quot;not&quot;). Similar comments are judged the same way from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lead&quot; or &quot;not&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment or message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;leads teach&apos; needs &quot;lead&quot; or &quot;not&quot; and then the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to learn from is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned. Score for this text: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the platform addresses in FILE (JSON: endpoint name -&gt; base URL) instead of the real services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the connected accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Connect one with &apos;%1 accounts connect youtube&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account. Prints the address to open, on its own line, and opens it in the browser; then waits for the browser to come back. If the browser runs on another machine, paste the address it ended at (starting with http://127.0.0.1) on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiktok, instagram or youtube.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the address; do not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;accounts connect&apos; needs one platform: tiktok, instagram or youtube.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;: use tiktok, instagram or youtube.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 account &quot;%2&quot; as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke TravelFlow&apos;s access at the platform, delete the account&apos;s tokens from the keychain, and delete the account with its posts, comments and metrics from this profile. Does not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id from &apos;accounts list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;accounts disconnect&apos; needs one account id (see &apos;accounts list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected account %1: its tokens and data are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store (set) or forget (remove) a platform&apos;s app credentials in the system keychain. &apos;set&apos; reads the client secret from the first line of standard input, so it never appears in the command line or the shell history. Environment variables, when set, take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set: the app&apos;s client id (TikTok: client key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;credentials set PLATFORM CLIENT_ID&apos; (secret on standard input) or &apos;credentials remove PLATFORM&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client secret on standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 app credentials in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the %1 app credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage platform accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your own app credentials in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a video for publishing (now or --at a time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and run the publishing queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether a comment looks like a potential customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach the lead classifier from your own labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a library video for publishing to one or more accounts. Every platform&apos;s rules are checked first; nothing is queued while any is broken. Prints the job ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video id (&apos;videos list&apos; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ids, comma-separated (&apos;accounts list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption / description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title (YouTube).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, comma-separated (YouTube).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public, unlisted, friends or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIVACY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;post&apos; needs one video id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a video id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;post&apos; needs --to with at least one account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 (%2), %3: %4 [%5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the publish jobs, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty. Queue a video with &apos;travelflow-cli post VIDEO --to ACCOUNT&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the publishing queue without a window. Jobs continue from where they stopped; nothing is published twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit once no job is due, uploading, processing or waiting for a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between checks of a processing video (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval needs a number of milliseconds (10 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a job that needs attention back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a job that is not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job id (&apos;queue list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and messages from every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the leads to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views, likes, comments and shares of published posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new comments, replies and messages (and send queued replies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 (%2): %3 What was fetched is kept; the next sync continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 (%2): %3 new, %4 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List comments, replies and messages, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only potential customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items with all these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a comment (publicly, or privately on Instagram). The reply is kept and retried until the platform confirms it, and never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item id (&apos;inbox list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply privately (Instagram).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;inbox reply&apos; needs an item id and the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet (%1); it is kept and the next &apos;inbox sync&apos; tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an item: read, new, replied, archived; for a lead: contacted, won, lost; or teach the lead finder with lead / not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;inbox mark&apos; needs an item id and a state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no inbox item %1. &quot;inbox list&quot; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &apos;%1&apos;: use read, new, replied, archived, contacted, won, lost, lead or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every lead to a CSV file (UTF-8, RFC 4180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte-order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;leads export&apos; needs --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) written to %1.</source>
        <translation>
            <numerusform>%n lead written to %1.</numerusform>
            <numerusform>%n leads written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a snapshot of the views, likes, comments and shares of every published post (at most one per post per hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snapshots taken, %2 skipped (taken within the hour), %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the latest metrics of each published post, or the history of one post (its job id from &apos;queue list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job id (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 (%2) at %3: %4 views, %5 likes, %6 comments, %7 shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at this time: ISO 8601 with an offset (2026-12-24T18:00:00+01:00), or a local time with --time-zone (2026-12-24T18:00 --time-zone Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of --at (Europe/Berlin); daylight saving is taken into account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;%1 %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerInspector</name>
    <message>
        <source>The file is empty (0 bytes). Copy the clip again from the camera or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a video file TravelFlow can read (MP4, MOV, WebM, MKV, AVI or MPEG-TS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is incomplete: it ends before the video does. It was probably cut short while recording or copying; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist (or is a broken link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorInfoLoader</name>
    <message>
        <source>TikTok did not send this account&apos;s posting options: %1 Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialLabels</name>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is damaged or is not a TravelFlow database (%2). TravelFlow did not change it. Restore it from a backup, or move it aside to start with an empty library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another TravelFlow (process %1) is using the profile in %2. Close it first, or choose a different folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow cannot write to %1. Make the folder writable, or choose a different one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data folder was given and the system has no application data location. Pass one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow cannot create the folder %1. Make its parent writable, or choose a different one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow cannot write to %1. Make it writable, or choose a different folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be set up (%2). Check that the folder is on a local, writable disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the profile id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisconnectConfirmation</name>
    <message numerus="yes">
        <source>%n sign-in token(s) in the system keychain</source>
        <translation>
            <numerusform>%n sign-in token in the system keychain</numerusform>
            <numerusform>%n sign-in tokens in the system keychain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) planned or published to this account (caption, schedule, privacy)</source>
        <translation>
            <numerusform>%n post planned or published to this account (caption, schedule, privacy)</numerusform>
            <numerusform>%n posts planned or published to this account (caption, schedule, privacy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publishing job(s)</source>
        <translation>
            <numerusform>%n publishing job</numerusform>
            <numerusform>%n publishing jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them not published yet</source>
        <translation>
            <numerusform>, %n of them not published yet</numerusform>
            <numerusform>, %n of them not published yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) and replies in the inbox</source>
        <translation>
            <numerusform>%n comment or reply in the inbox</numerusform>
            <numerusform>%n comments and replies in the inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) not sent yet</source>
        <translation>
            <numerusform>%n reply not sent yet</numerusform>
            <numerusform>%n replies not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metrics snapshot(s)</source>
        <translation>
            <numerusform>%n metrics snapshot</numerusform>
            <numerusform>%n metrics snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list of %n post(s) found on the account</source>
        <translation>
            <numerusform>the list of %n post found on the account</numerusform>
            <numerusform>the list of %n posts found on the account</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1 account %2 from TravelFlow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow will revoke its access at %1 and delete from this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your videos in the library, and what is already published on %1, stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect and delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointTable</name>
    <message>
        <source>Cannot read the endpoints file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints file %1 must be a JSON object of endpoint name to base URL (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints file %1 names an unknown endpoint &quot;%2&quot;. Known names: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints file %1 gives &quot;%2&quot; a base that is not an http(s) URL without a query: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailurePolicy</name>
    <message>
        <source>%1 no longer accepted the sign-in; TravelFlow is refreshing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in even after it was refreshed: %2 Reconnect the account in Accounts; the post continues from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked TravelFlow to slow down. The next try is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 quota is used up (%2). It resets at %3; TravelFlow tries again then by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) in a row; TravelFlow stopped trying. Last error: %2 Use Retry when the problem is gone.</source>
        <translation>
            <numerusform>%1 failed %n time in a row; TravelFlow stopped trying. Last error: %2 Use Retry when the problem is gone.</numerusform>
            <numerusform>%1 failed %n times in a row; TravelFlow stopped trying. Last error: %2 Use Retry when the problem is gone.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 The next try is at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the video: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the post: %2 Edit the post, then use Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account &quot;%2&quot; needs to be reconnected. The post waits and continues by itself after you reconnect it in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 let the upload expire %n time(s) before the video was complete; TravelFlow stopped trying. Use Retry to upload it again.</source>
        <translation>
            <numerusform>%1 let the upload expire %n time before the video was complete; TravelFlow stopped trying. Use Retry to upload it again.</numerusform>
            <numerusform>%1 let the upload expire %n times before the video was complete; TravelFlow stopped trying. Use Retry to upload it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 let the upload expire before the video was complete. TravelFlow uploads it again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the video: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok does not accept the file format; export it as MP4 (H.264) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video is longer (or shorter) than this account may post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok does not accept the video&apos;s frame rate; export it at 23 to 60 frames per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok does not accept the video&apos;s resolution; use at least 360 pixels on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok had an internal problem with the video; Retry may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok could not fetch the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post was cancelled on TikTok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow&apos;s access was removed from the TikTok account; reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account reached TikTok&apos;s daily post limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok has blocked this account from posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok took the post for spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube cannot decode the video&apos;s codec; export it as H.264.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not convert the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uploaded file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uploaded file is not a valid video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload was aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel already has this video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copyright claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video is longer than this channel may upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video breaks YouTube&apos;s terms of use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxStateRepository</name>
    <message>
        <source>read where the inbox sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember where the inbox sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the quota used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the quota used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstagramAuth</name>
    <message>
        <source>Instagram access was not allowed. Connect again and allow all requested permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram did not complete the sign-in. Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram did not complete the sign-in (%1). Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram answered without a token. Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram answered without a token. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram did not confirm the disconnect. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Instagram professional account is linked to a Facebook Page you manage. Link an Instagram professional account to a Facebook Page, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Instagram sign-in has expired. Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow was removed from the Facebook account, so Instagram no longer accepts the sign-in. Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Facebook password was changed, so Instagram no longer accepts the sign-in. Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram no longer accepts the saved sign-in. Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Instagram publishing limit for the last 24 hours is reached. TravelFlow continues when it frees up (within 24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram asks TravelFlow to slow down. It will continue shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram says a permission is missing (%1). Reconnect the account and allow all requested permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram rejected the caption: %1 Shorten it or use fewer hashtags or @mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram did not accept the sign-in (%1). Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram does not accept the app&apos;s client id or secret. Check them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram had a temporary problem. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstagramInbox</name>
    <message>
        <source>Instagram sent an incomplete answer. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Instagram business account is linked, so there are no posts to read comments from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram posts are listed with their own call, not as inbox items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram comments are read per post; no post was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram replies are read per comment; no comment was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private message cannot get a public reply on Instagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment to answer on Instagram is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty. Write what you want to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram private replies answer comments; this is a message already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment to answer privately on Instagram is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram does not allow a private reply to the account&apos;s own comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram allows a private reply only within 7 days of the comment, and this comment is older. Answer it publicly instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private reply is empty. Write what you want to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram allows one private reply per comment, and this comment has one already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstagramPublisher</name>
    <message>
        <source>The video file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Instagram upload was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram answered without a media container. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Instagram upload expired before it was published. Publish the video again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram could not process the video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram is still processing the video. TravelFlow will check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram answered without a media id. TravelFlow will check whether the video was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram refused the upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Instagram business account is linked, so Instagram has no publishing limit to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram did not report its publishing limit. TravelFlow will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionBatchWriter</name>
    <message>
        <source>Could not %1: the item was neither stored nor found. Try the sync again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>save the comment or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the comment or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the comments and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the inbox state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lead verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save your lead label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lead state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment or message %1 is no longer in the inbox. It may have been deleted with its account; refresh the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the post titles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPresentation</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued, next try at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading, next try at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing, next check at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, goes public %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Retry to put the post back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Retry to upload the video again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: TravelFlow tries again by itself when the quota resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the account in Accounts; the post then continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the account in Accounts and allow publishing, then use Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the video again in a format the platform accepts, then use Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection, then use Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the message says, then use Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadClassifier</name>
    <message>
        <source>wording like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sign of wanting to book or buy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDataset</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;lead&quot; or &quot;not&quot;, a tab, then the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFeedbackRepository</name>
    <message>
        <source>save what you taught the lead finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what you taught the lead finder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadLexicon</name>
    <message>
        <source>asks the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about dates or free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks how to book or pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants to be contacted or wrote privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trip for a group, family or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about your tour or trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about your own expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complains about prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam or self-promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about gear or filming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about visas or documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about the season or weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compliment or reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the price of things you do not sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travels on their own and asks for advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tells about a past trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about your videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks you to organise something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks about an event or festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks how far, how long or at what time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a month, season or day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadModel</name>
    <message>
        <source>The lead model is damaged at line %1. Reinstall TravelFlow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsRepository</name>
    <message>
        <source>save the engagement numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the engagement numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the published posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>create the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer TravelFlow (schema %1; this version knows up to %2). Update TravelFlow to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed (%2). Nothing was changed; please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the database upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>save the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caption (target %1) no longer exists. Its post may have been deleted; reopen the post and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 no longer exists. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the post target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishJobRepository</name>
    <message>
        <source>queue the publish job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the publish job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the publish job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish job %1 no longer exists; its post may have been deleted. Refresh the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the publish jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the due publish jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyOutboxRepository</name>
    <message>
        <source>queue the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1 is no longer in the outbox; the comment it answers may have been deleted. Refresh the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the replies to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for the reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTime</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Pick a zone like Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a valid date and time for the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on that day because the clocks go forward, so the post will go out at %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice on that day because the clocks go back; the post will go out at the first one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Use ISO 8601, for example 2026-12-01T09:00:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; needs a UTC offset such as +01:00 or Z, for example 2026-12-01T09:00:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not %1 in the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TikTokAuth</name>
    <message>
        <source>TikTok access was not granted. Connect again and allow the requested access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TikTok sign-in could not be verified as this attempt&apos;s. Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TikTok sign-in was not completed in time. Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok did not complete the sign-in (%1). Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok answered without a token. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok did not say which account is connected. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok no longer accepts this sign-in (it was revoked or has expired). Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok does not accept the app&apos;s client key or secret. Check them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok refused the sign-in (%1). Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok no longer accepts the saved sign-in. TravelFlow will refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok says a permission is missing. Reconnect the account and allow all requested access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok asks TravelFlow to slow down. It will continue shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TikTok account has reached its daily post limit. TravelFlow tries again in 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TikTok app has reached its daily limit of active users. TravelFlow tries again in 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok does not offer this privacy setting for this account. Choose one of the privacy options TikTok shows for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok lets an app that has not passed its audit post only to private accounts, visible to the creator alone. Make the TikTok account private and post as &quot;Only me&quot;, or use an audited app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok has blocked this account from posting. Check the account in the TikTok app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok had a server problem. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok refused the request (%1). Check the account in the TikTok app, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TikTokInbox</name>
    <message>
        <source>TikTok&apos;s API does not let apps read or answer comments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TikTokPublisher</name>
    <message>
        <source>TikTok could not publish the video: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TikTok post was never started, so TikTok has nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok did not say who may watch this account&apos;s videos. TravelFlow will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoRepository</name>
    <message>
        <source>save the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the video by content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the video by path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video %1 is not in the library. It may have been removed; refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouTubeAuth</name>
    <message>
        <source>YouTube did not complete the sign-in. Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube answered without a token. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Google account has no YouTube channel. Create one on YouTube, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube no longer accepts this sign-in (it was revoked or has expired). Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube does not accept the app&apos;s client id or secret. Check them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube refused the sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube quota for today is used up. TravelFlow continues after it resets (midnight Pacific time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube asks TravelFlow to slow down. It will continue shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube no longer accepts the saved sign-in. TravelFlow will refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube says a permission is missing. Reconnect the account and allow all requested access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not process the video (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouTubeInbox</name>
    <message>
        <source>Videos are listed with listPosts(), not list().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies can only be listed for a given YouTube comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment threads are listed for the Comments scope only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only comments under YouTube videos can be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube took the reply without naming it. Check the video&apos;s comments before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube has no private replies. Answer the comment in public instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty. Write something before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has %1 characters; YouTube allows at most %2. Shorten it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube refused the reply because it is too long. Shorten it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube no longer has this comment or video; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are turned off for this video on YouTube.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not process the reply (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouTubePublisher</name>
    <message>
        <source>YouTube no longer has this video; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TravelFlow desktop application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (en, ru).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in simulator of TikTok, Instagram and YouTube instead of the real services (for trying TravelFlow without developer credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in simulator cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New potential customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone asked about booking or prices. Open the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show AREA: library, compose, queue, inbox, analytics, accounts or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AREA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown area &apos;%1&apos;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::AccountCard</name>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1 account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1 account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnecting: the platform no longer accepts TravelFlow&apos;s sign-in. Reconnect to resume publishing and inbox sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnecting: %1. Reconnect to resume publishing and inbox sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected. Reconnect to use this account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access expires in %1; TravelFlow renews it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access expired %1 ago; TravelFlow renews it the next time it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::AccountService</name>
    <message>
        <source>Another account is being connected. Finish or cancel that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1. See &apos;accounts list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow could not revoke its access at %1 (not configured); remove it in your %1 account&apos;s security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not confirm that TravelFlow&apos;s access was revoked (%2); remove it in your %1 account&apos;s security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::AccountTokens</name>
    <message>
        <source>Account %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::AccountsPage</name>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect TikTok, Instagram or YouTube to publish and answer comments. You approve TravelFlow in your browser; its tokens are kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect another:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 in your browser to approve TravelFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your %1 app&apos;s %2 in Settings: TravelFlow signs in to %1 through your own %1 developer app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says access was not approved. Try again and choose Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try again, or use the paste fallback if the browser showed an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what will be deleted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check what disconnecting would delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disconnect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disconnected and its data deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disconnected and its data deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::AnalyticsPage</name>
    <message>
        <source>&amp;Refresh metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platforms for the latest views, likes, comments and shares (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a post from Compose; its views, likes, comments and shares appear here over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers for this post yet. Use Refresh metrics to take the first snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this line; the scale follows what is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: no web browser is set up. Copy the address into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the platforms for the latest numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New numbers for %n post(s).</source>
        <translation>
            <numerusform>New numbers for %n post.</numerusform>
            <numerusform>New numbers for %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were refreshed less than an hour ago and were left as they are.</source>
        <translation>
            <numerusform>%n post was refreshed less than an hour ago and was left as it is.</numerusform>
            <numerusform>%n posts were refreshed less than an hour ago and were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) failed: %1 Check the accounts in Accounts, then try again.</source>
        <translation>
            <numerusform>%n post failed: %1 Check the accounts in Accounts, then try again.</numerusform>
            <numerusform>%n posts failed: %1 Check the accounts in Accounts, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>travelflow::AppCredentialStore</name>
    <message>
        <source>%1 is not configured: TravelFlow needs your own %1 developer app&apos;s client id and secret. Set %2 and %3, or store them with &apos;travelflow-cli credentials set %4&apos; (or in Settings), or try the app with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::ComposePage</name>
    <message>
        <source>Nothing to compose yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One caption per account; each tab counts against its platform&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy caption to &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this tab&apos;s caption to every other account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reconnect it in Accounts to post there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account to post to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account in Accounts, then come back to write the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time has already passed. Pick a later time, or choose Publish now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one account to post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for TikTok&apos;s posting options for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) broken in this tab</source>
        <translation>
            <numerusform>%n rule broken in this tab</numerusform>
            <numerusform>%n rules broken in this tab</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the post now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the platforms and queueing the post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was not queued; fix these and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2 (rule %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import videos in the Library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the accounts to post to above; each gets its own caption here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video %1 is no longer in the library. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import videos in the Library first; then choose one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the video to post first: the newest are listed, and the search finds the others. Compose post in the Library brings a video here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the video to post at the top of the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::ConnectPanel</name>
    <message>
        <source>Connecting an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser showed an error or never came back, &amp;paste the address from your browser&apos;s address bar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address from your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the pasted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the approval page in the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings to add the app credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sign-in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser. Use &quot;Open the page again&quot;, or open a browser yourself and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::EngagementChart</name>
    <message>
        <source>Engagement over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s); latest %1</source>
        <translation>
            <numerusform>%n snapshot; latest %1</numerusform>
            <numerusform>%n snapshots; latest %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::FileSliceDevice</name>
    <message>
        <source>A file slice is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid file range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is shorter than expected: it may have been changed or truncated since import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::ImportPanel</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the current file; files already imported stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for videos...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) imported</source>
        <translation>
            <numerusform>%n video imported</numerusform>
            <numerusform>%n videos imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n already in the library</numerusform>
            <numerusform>, %n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not imported (see why below)</source>
        <translation>
            <numerusform>, %n not imported (see why below)</numerusform>
            <numerusform>, %n not imported (see why below)</numerusform>
        </translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::InboxActions</name>
    <message>
        <source>The leads cannot be read (%1). Try again; if it keeps failing, restart TravelFlow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment or message %1 is no longer in the inbox. It may have been deleted with its account; refresh the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok&apos;s API does not let apps answer comments; answer in the TikTok app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private messages are answered in the platform&apos;s own app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform closed replies to this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Instagram has private replies to comments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::InboxFilterBar</name>
    <message>
        <source>&amp;Leads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only comments and messages from potential customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only unread items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::InboxItemDelegate</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::InboxListModel</name>
    <message>
        <source>%1 on %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::InboxPage</name>
    <message>
        <source>Syncing the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the inbox now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new comments and messages of every connected account and send queued replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the leads to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok&apos;s API gives apps no comment text, only counts, so TikTok comments do not appear here; answer them in the TikTok app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account; comments and messages arrive here, potential customers marked as leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment or message matches these filters. Clear the search or the filters to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account in Accounts, then press Sync now: comments and messages arrive here, potential customers marked as leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n new item(s)</source>
        <translation>
            <numerusform>Synced: %n new item</numerusform>
            <numerusform>Synced: %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new lead(s).</source>
        <translation>
            <numerusform>, %n new lead.</numerusform>
            <numerusform>, %n new leads.</numerusform>
        </translation>
    </message>
    <message>
        <source> What was fetched is kept; the next sync continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) written to %1.</source>
        <translation>
            <numerusform>%n lead written to %1.</numerusform>
            <numerusform>%n leads written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the leads as a CSV file. For Excel, choose “%1” as the file type so it reads non-English text right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::InboxPageWriter</name>
    <message>
        <source>An earlier page could not be stored; this one waits for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the comments and messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::InboxSync</name>
    <message>
        <source>There is no account %1. &quot;accounts list&quot; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok&apos;s public API gives no comment text or messages, only counts; the counts are in the post&apos;s metrics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::InboxThreadView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it out of the leads; the lead finder learns from it (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A potential customer; the lead finder learns from it (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for yourself (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;privately (Instagram message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You · sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You · not sent yet, trying again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You · not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You · private reply, sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead (you marked it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead, %1% likely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a lead (you marked it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a lead. The lead finder learns from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as not a lead. The lead finder learns from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a comment or message in the list to read its conversation, answer it and sort out leads. On the list, L marks a lead and E archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::LibraryPage</name>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file names, tags and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show videos by publish state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose video files to add (Ctrl+O), or drop files and folders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a post for the selected video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write captions and publish the selected video (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected video from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the library (Delete). The file stays on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import videos...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from library...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message>
        <source>No videos match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search or the filter &quot;%1&quot;. Clear the search or choose &quot;All videos&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop videos or folders here, or press Ctrl+O to choose files. Files are never copied or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the library? Its posts and queued jobs go too. The file stays on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::MainWindow</name>
    <message>
        <source>TravelFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow keeps running in the tray so scheduled posts go out. Use Quit in the tray menu to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode: simulated TikTok, Instagram and YouTube at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new lead(s)</source>
        <translation>
            <numerusform>%1, %n new lead</numerusform>
            <numerusform>%1, %n new leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>travelflow::MediaProbe</name>
    <message>
        <source>The video decoder did not answer in time. Check that the file plays in a media player.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video cannot be decoded (%1). It may use a codec this system lacks, or be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no video track (it is audio only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::NetworkJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an incomplete answer. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks TravelFlow to slow down. It will continue shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server problem (HTTP %2). TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts the saved sign-in. TravelFlow will refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (permission missing). Reconnect the account and allow all requested permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::OAuthLoopbackListener</name>
    <message>
        <source>The answer from the sign-in page does not belong to the connection TravelFlow started, so it was ignored. Start connecting again from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not send an authorization code. Try connecting again from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the address TravelFlow sent the browser to. Copy the whole address from the browser&apos;s address bar after allowing access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Start connecting again from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted, so the account was not connected. You can try again from the app at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported an error (%1). Try connecting again from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow: you can close this tab and return to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The platform said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow: connecting failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in attempt has already started; a new attempt needs a new listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot wait for the sign-in answer on 127.0.0.1 port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only accepts sign-in answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in attempt has already ended. You can close this tab and return to the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::PlatformCredentialsBox</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved %1 app credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the %1 app credentials to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the environment (%1 and %2); these win over what is saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain: %1 %2, %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up. Connecting %1 accounts needs your own %1 developer app: create one at %2, allow the redirect address http://127.0.0.1/callback (any port) and enter its %3 and %4 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the %1 and the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove them from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::PostComposer</name>
    <message>
        <source>TikTok has no &quot;%1&quot; videos; choose public, friends or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TikTok account does not offer &quot;%1&quot; (%2) right now; it offers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube has no &quot;friends&quot; videos; choose public, unlisted or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Reels are seen by the account&apos;s audience; &quot;%1&quot; is not available. Leave privacy out or choose public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no video %1 in the library. &quot;videos list&quot; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one account to publish to (&quot;accounts list&quot; shows the ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown privacy &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1. &quot;accounts list&quot; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is named twice; a post goes to each account once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok did not say which privacy choices this account has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time %1 has already passed. Pick a later time, or leave it out to publish now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branded content visibility cannot be set to private. Choose who else can see it, or turn off Branded content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to indicate if your content promotes yourself, a third party, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is %1 s long; this TikTok account can post videos up to %2 s. Trim the video or pick a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video will be labeled as &quot;Paid partnership&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video will be labeled as &quot;Promotional content&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By posting, you agree to TikTok&apos;s Branded Content Policy and Music Usage Confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends (followers you follow back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::PublishQueue</name>
    <message>
        <source>The post to %1 was due at %2 while TravelFlow was not running; it is being published now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 posts in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has not confirmed the post yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2; only a job that needs attention, failed or was cancelled can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is already published; delete the post on the platform if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publish job %1. Run &quot;queue list&quot; to see the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not process the video (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::PublishedPostsModel</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet: use Refresh metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::QueueModel</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded; the platform is processing the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::QueueNotifier</name>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is published on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be published on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Open the queue to see what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 Open the queue to see what to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::QueuePage</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the post back in the queue (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this post; it is not published (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the published post in your browser (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts you publish or schedule in Compose appear here with their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued, uploading and processing posts appear here. Choose All to see every post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts that failed or wait for you appear here with what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published posts appear here with a link to open them on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel publishing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop publishing &quot;%1&quot;? Nothing more is uploaded; you can use Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was cancelled; use Retry to queue the post again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: no web browser is set up. Copy the address into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::ReplySender</name>
    <message>
        <source>The reply is empty. Write what you want to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no inbox item %1. &quot;inbox list&quot; shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok&apos;s API does not let apps answer comments; answer in the TikTok app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 cannot be answered from TravelFlow (it is a message, your own comment, or the platform closed replies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Instagram has private replies to comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram allows a private reply only within 7 days of the comment; this one is older. Answer publicly instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram allows one private reply per comment, and this comment has one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::SchedulePicker</name>
    <message>
        <source>Publish &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the scheduled time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::SecretStore</name>
    <message>
        <source>There is nothing to store: the secret is empty. Enter the value again, or disconnect the account to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a keychain entry name is malformed, so the keychain was not used. Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved credential was found in the system keychain. Connect the account again to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow stores account tokens only in the system keychain, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow keeps account tokens only in the system keychain, so the saved sign-in could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in was not removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Keychain Access, make sure the login keychain exists and is unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure Windows Credential Manager is available for your user account, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and unlock GNOME Keyring, KWallet or another Secret Service provider, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain and allow TravelFlow to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the keychain is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret may or may not have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in may not have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it in a window that is hidden or on another screen.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second. It may be waiting for you to unlock it in a window that is hidden or on another screen.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. It may be waiting for you to unlock it in a window that is hidden or on another screen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock the keychain, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default keyring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). It may be locked, or access was declined in its unlock prompt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::SettingsPage</name>
    <message>
        <source>Platform apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow signs in to each platform through your own developer app. Its credentials are kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after TravelFlow restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;leads in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publishing results (published or failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about publishing results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::ThumbnailCache</name>
    <message>
        <source>The video decoder did not give a frame in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video cannot be decoded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no video track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video ended before a frame could be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video gave an empty frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::TikTokPostingPanel</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask TikTok for the account&apos;s posting options again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see this TikTok video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who can see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see this video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow viewers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow duets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow stitches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose video content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose commercial content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on to disclose that this video promotes goods or services in exchange for something of value. Your video could promote yourself, a third party, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your brand: you promote yourself or your own business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are promoting yourself or your own business. This video will be classified as Brand Organic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branded content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branded content: you promote another brand or a third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are promoting another brand or a third party. This video will be classified as Branded Content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking TikTok for this account&apos;s posting options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting to %1 (@%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creator turned this off in TikTok&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::TikTokPublishOperation</name>
    <message>
        <source>The video file is missing or empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file has changed since it was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who can watch this TikTok video. TikTok requires an explicit choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok does not offer &quot;%1&quot; for this account. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok did not say where to upload the video. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok did not say how much of the video it has. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok and TravelFlow disagree about how much of the video was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok&apos;s upload address for this video has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok is still processing the video. TravelFlow will check again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::TrayIcon</name>
    <message>
        <source>Show TravelFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TravelFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new comments now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::VariantEditor</name>
    <message>
        <source>UTF-16 units (emoji count 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube title for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title people search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel, lisbon, food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (rule %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::VideoDetailsPanel</name>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beach, sunset, bali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tags; press Enter to save. Search finds videos by tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, turned %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::VideoImporter</name>
    <message>
        <source>skipped: not a video file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::VideoListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a post failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::VideoPicker</name>
    <message>
        <source>&amp;Video:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest videos of the library; search to find older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, tag or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 are listed; search to find the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a video to post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose one of %n matching video(s)…</source>
        <translation>
            <numerusform>Choose the %n matching video…</numerusform>
            <numerusform>Choose one of %n matching videos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>travelflow::VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video cannot be played here (%1). It can still be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Space to play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::VideoTileDelegate</name>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>travelflow::YouTubePublishOperation</name>
    <message>
        <source>YouTube did not open an upload session. TravelFlow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube finished the upload without naming the video. TravelFlow will ask again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
