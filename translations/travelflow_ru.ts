<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountRepository</name>
    <message>
        <source>save the account</source>
        <translation>сохранить учётную запись</translation>
    </message>
    <message>
        <source>read the account</source>
        <translation>прочитать учётную запись</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>получить список учётных записей</translation>
    </message>
    <message>
        <source>save the account status</source>
        <translation>сохранить состояние учётной записи</translation>
    </message>
    <message>
        <source>save the sign-in expiry</source>
        <translation>сохранить срок действия входа</translation>
    </message>
    <message>
        <source>remove the account</source>
        <translation>удалить учётную запись</translation>
    </message>
    <message>
        <source>Account %1 is not connected to TravelFlow. It may have been removed; refresh the account list and try again.</source>
        <translation>Учётная запись %1 не подключена к TravelFlow. Возможно, её удалили; обновите список учётных записей и попробуйте снова.</translation>
    </message>
    <message>
        <source>count what the account has stored</source>
        <translation>посчитать данные, сохранённые для учётной записи</translation>
    </message>
</context>
<context>
    <name>CaptionRules</name>
    <message>
        <source>The TikTok caption is %1 characters long; the limit is %2 (emoji and some other symbols count as 2). Shorten it by %3.</source>
        <translation>Подпись для TikTok — %1 символов, а можно не больше %2 (эмодзи и некоторые другие символы считаются за 2). Сократите её на %3.</translation>
    </message>
    <message>
        <source>Choose who can see this TikTok video. TikTok does not let apps choose it for you.</source>
        <translation>Выберите, кто увидит это видео в TikTok. TikTok не разрешает приложениям выбирать это за вас.</translation>
    </message>
    <message>
        <source>The Instagram caption is %1 characters long; the limit is %2. Shorten it by %3.</source>
        <translation>Подпись для Instagram — %1 символов, а можно не больше %2. Сократите её на %3.</translation>
    </message>
    <message>
        <source>The Instagram caption has %1 hashtags; the limit is %2. Remove %3 of them.</source>
        <translation>В подписи для Instagram %1 хештегов, а можно не больше %2. Уберите %3.</translation>
    </message>
    <message>
        <source>The Instagram caption has %1 @mentions; the limit is %2. Remove %3 of them.</source>
        <translation>В подписи для Instagram %1 @упоминаний, а можно не больше %2. Уберите %3.</translation>
    </message>
    <message>
        <source>The YouTube title is empty. Enter a title; YouTube requires one.</source>
        <translation>Название для YouTube пустое. Введите название — YouTube его требует.</translation>
    </message>
    <message>
        <source>The YouTube title is %1 characters long; the limit is %2. Shorten it by %3.</source>
        <translation>Название для YouTube — %1 символов, а можно не больше %2. Сократите его на %3.</translation>
    </message>
    <message>
        <source>The YouTube title contains &lt; or &gt;, which YouTube does not accept. Remove them.</source>
        <translation>В названии для YouTube есть &lt; или &gt;, а YouTube их не принимает. Уберите их.</translation>
    </message>
    <message>
        <source>The YouTube description is %1 bytes; the limit is %2 bytes (Cyrillic letters take 2 bytes, emoji 4). Shorten it by %3.</source>
        <translation>Описание для YouTube занимает %1 байт, а можно не больше %2 байт (кириллическая буква — 2 байта, эмодзи — 4). Сократите его на %3.</translation>
    </message>
    <message>
        <source>The YouTube description contains &lt; or &gt;, which YouTube does not accept. Remove them.</source>
        <translation>В описании для YouTube есть &lt; или &gt;, а YouTube их не принимает. Уберите их.</translation>
    </message>
    <message>
        <source>The YouTube tags add up to %1 characters; the limit is %2 (the commas between tags count, and a tag with a space counts 2 more for its quotes). Remove tags to save %3.</source>
        <translation>Теги для YouTube занимают %1 символов, а можно не больше %2 (запятые между тегами считаются, а тег с пробелом — ещё на 2 больше из-за кавычек). Уберите теги, чтобы сэкономить %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a YouTube privacy setting. Choose private, public or unlisted.</source>
        <translation>&quot;%1&quot; — не настройка доступа YouTube. Выберите private, public или unlisted.</translation>
    </message>
    <message>
        <source>A scheduled YouTube video must stay private until it is published. Set the privacy to private, or remove the scheduled time.</source>
        <translation>Запланированное видео на YouTube должно оставаться закрытым до публикации. Выберите доступ private или уберите время публикации.</translation>
    </message>
    <message>
        <source>The scheduled time (%1) has already passed. Choose a later time, or remove it to publish right away.</source>
        <translation>Запланированное время (%1) уже прошло. Выберите более позднее время или уберите его, чтобы опубликовать сразу.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Import video files and folders into the library.</source>
        <translation>Добавить видеофайлы и папки в медиатеку.</translation>
    </message>
    <message>
        <source>List the videos in the library.</source>
        <translation>Показать видео в медиатеке.</translation>
    </message>
    <message>
        <source>Global options come before the command: %1 --data-dir DIR --json videos list</source>
        <translation>Общие параметры указываются перед командой: %1 --data-dir DIR --json videos list</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s own options.</source>
        <translation>Параметры отдельной команды: &apos;%1 КОМАНДА --help&apos;.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage or validation error.</source>
        <translation>Коды выхода: 0 — успех, 1 — сбой, 2 — ошибка в вызове или в данных.</translation>
    </message>
    <message>
        <source>TravelFlow command line: the same library, queue and inbox as the desktop app, for scripts.</source>
        <translation>Командная строка TravelFlow: та же медиатека, очередь и входящие, что и в приложении, — для скриптов.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Use the profile in DIR instead of the default location.</source>
        <translation>Использовать профиль в папке DIR вместо стандартного места.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print results as one JSON document.</source>
        <translation>Вывести результат одним документом JSON.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Команда (см. ниже).</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>Для --data-dir нужно указать папку.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Справка: &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;version&apos; takes no arguments.</source>
        <translation>Команда &apos;version&apos; не принимает аргументов.</translation>
    </message>
    <message>
        <source>Import video files and folders (searched recursively). Files are never copied or changed. Prints one line per file: the new id, the id it duplicates, or why it was rejected.</source>
        <translation>Добавить видеофайлы и папки (с вложенными). Файлы не копируются и не изменяются. Для каждого файла печатается строка: новый id, id уже добавленного такого же видео или причина отказа.</translation>
    </message>
    <message>
        <source>Video files or folders.</source>
        <translation>Видеофайлы или папки.</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs at least one file or folder.</source>
        <translation>Для &apos;import&apos; нужен хотя бы один файл или папка.</translation>
    </message>
    <message>
        <source>%1: imported as %2</source>
        <translation>%1: добавлено как %2</translation>
    </message>
    <message>
        <source>%1: duplicate of %2</source>
        <translation>%1: копия %2</translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation>%1: отклонено: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n файл добавлен</numerusform>
            <numerusform>%n файла добавлено</numerusform>
            <numerusform>%n файлов добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n копия</numerusform>
            <numerusform>%n копии</numerusform>
            <numerusform>%n копий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n отклонён</numerusform>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;videos&apos; needs a subcommand: list.</source>
        <translation>Для &apos;videos&apos; нужна подкоманда: list.</translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;videos %1&apos;.</source>
        <translation>Неизвестная подкоманда &apos;videos %1&apos;.</translation>
    </message>
    <message>
        <source>List the videos in the library, oldest first.</source>
        <translation>Показать видео в медиатеке, сначала старые.</translation>
    </message>
    <message>
        <source>Show at most N videos.</source>
        <translation>Показать не больше N видео.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N videos.</source>
        <translation>Пропустить первые N видео.</translation>
    </message>
    <message>
        <source>Only videos whose path, tags or notes contain TEXT.</source>
        <translation>Только видео, у которых путь, теги или заметки содержат TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>&apos;videos list&apos; takes no arguments, only options.</source>
        <translation>&apos;videos list&apos; принимает только параметры, без аргументов.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>Для --limit нужно целое число от 0.</translation>
    </message>
    <message>
        <source>--offset needs a whole number of 0 or more.</source>
        <translation>Для --offset нужно целое число от 0.</translation>
    </message>
    <message>
        <source>The library is empty. Add videos with &apos;%1 import PATH&apos;.</source>
        <translation>Медиатека пуста. Добавьте видео: &apos;%1 import ПУТЬ&apos;.</translation>
    </message>
    <message>
        <source>Read one comment or message per line from standard input and write one line per input line, in order: &quot;lead&quot; or &quot;not&quot;, a tab, the score (0 to 1), a tab, the reason. With --json: an array of objects. Uses what this profile learned from your corrections when the profile exists.</source>
        <translation>Читает со стандартного ввода по одному комментарию или сообщению в строке и выводит по строке на каждую входную, в том же порядке: &quot;lead&quot; или &quot;not&quot;, табуляция, оценка (от 0 до 1), табуляция, причина. С --json — массив объектов. Учитывает то, чему вы научили этот профиль, если профиль существует.</translation>
    </message>
    <message>
        <source>&apos;classify&apos; reads standard input and takes no arguments.</source>
        <translation>&apos;classify&apos; читает стандартный ввод и не принимает аргументов.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Не удалось прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>Teach this profile&apos;s lead finder that TEXT is a lead (&quot;lead&quot;) or not (&quot;not&quot;). Similar comments are judged the same way from now on.</source>
        <translation>Научить поиск лидов этого профиля, что TEXT — лид (&quot;lead&quot;) или нет (&quot;not&quot;). Похожие комментарии с этого момента оцениваются так же.</translation>
    </message>
    <message>
        <source>&quot;lead&quot; or &quot;not&quot;.</source>
        <translation>&quot;lead&quot; или &quot;not&quot;.</translation>
    </message>
    <message>
        <source>The comment or message.</source>
        <translation>Комментарий или сообщение.</translation>
    </message>
    <message>
        <source>&apos;leads teach&apos; needs &quot;lead&quot; or &quot;not&quot; and then the text.</source>
        <translation>Для &apos;leads teach&apos; нужно &quot;lead&quot; или &quot;not&quot; и затем текст.</translation>
    </message>
    <message>
        <source>The text to learn from is empty.</source>
        <translation>Текст для обучения пустой.</translation>
    </message>
    <message>
        <source>Learned. Score for this text: %1 before, %2 now.</source>
        <translation>Запомнено. Оценка этого текста: было %1, стало %2.</translation>
    </message>
    <message>
        <source>Use the platform addresses in FILE (JSON: endpoint name -&gt; base URL) instead of the real services.</source>
        <translation>Использовать адреса платформ из FILE (JSON: имя адреса → базовый URL) вместо настоящих сервисов.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>List the connected accounts.</source>
        <translation>Показать подключённые учётные записи.</translation>
    </message>
    <message>
        <source>No accounts yet. Connect one with &apos;%1 accounts connect youtube&apos;.</source>
        <translation>Учётных записей пока нет. Подключите: &apos;%1 accounts connect youtube&apos;.</translation>
    </message>
    <message>
        <source>Connect an account. Prints the address to open, on its own line, and opens it in the browser; then waits for the browser to come back. If the browser runs on another machine, paste the address it ended at (starting with http://127.0.0.1) on standard input.</source>
        <translation>Подключить учётную запись. Печатает адрес для входа отдельной строкой и открывает его в браузере, затем ждёт возврата из браузера. Если браузер запущен на другом компьютере, вставьте в стандартный ввод адрес, на котором он остановился (начинается с http://127.0.0.1).</translation>
    </message>
    <message>
        <source>tiktok, instagram or youtube.</source>
        <translation>tiktok, instagram или youtube.</translation>
    </message>
    <message>
        <source>Only print the address; do not open it.</source>
        <translation>Только напечатать адрес, не открывая его.</translation>
    </message>
    <message>
        <source>&apos;accounts connect&apos; needs one platform: tiktok, instagram or youtube.</source>
        <translation>Для &apos;accounts connect&apos; нужна одна платформа: tiktok, instagram или youtube.</translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;: use tiktok, instagram or youtube.</source>
        <translation>Неизвестная платформа &apos;%1&apos;: укажите tiktok, instagram или youtube.</translation>
    </message>
    <message>
        <source>Connected %1 account &quot;%2&quot; as %3.</source>
        <translation>Подключена учётная запись %1 &quot;%2&quot; под номером %3.</translation>
    </message>
    <message>
        <source>Revoke TravelFlow&apos;s access at the platform, delete the account&apos;s tokens from the keychain, and delete the account with its posts, comments and metrics from this profile. Does not ask for confirmation.</source>
        <translation>Отозвать доступ TravelFlow на платформе, удалить токены учётной записи из связки ключей и удалить учётную запись с её публикациями, комментариями и статистикой из этого профиля. Подтверждение не запрашивается.</translation>
    </message>
    <message>
        <source>The account id from &apos;accounts list&apos;.</source>
        <translation>Номер учётной записи из &apos;accounts list&apos;.</translation>
    </message>
    <message>
        <source>&apos;accounts disconnect&apos; needs one account id (see &apos;accounts list&apos;).</source>
        <translation>Для &apos;accounts disconnect&apos; нужен один номер учётной записи (см. &apos;accounts list&apos;).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Disconnected account %1: its tokens and data are deleted.</source>
        <translation>Учётная запись %1 отключена: её токены и данные удалены.</translation>
    </message>
    <message>
        <source>Store (set) or forget (remove) a platform&apos;s app credentials in the system keychain. &apos;set&apos; reads the client secret from the first line of standard input, so it never appears in the command line or the shell history. Environment variables, when set, take precedence.</source>
        <translation>Сохранить (set) или забыть (remove) учётные данные приложения платформы в системной связке ключей. &apos;set&apos; читает секрет клиента из первой строки стандартного ввода, поэтому он не попадает ни в командную строку, ни в историю оболочки. Переменные окружения, если заданы, имеют приоритет.</translation>
    </message>
    <message>
        <source>set or remove.</source>
        <translation>set или remove.</translation>
    </message>
    <message>
        <source>With set: the app&apos;s client id (TikTok: client key).</source>
        <translation>Для set: client id приложения (для TikTok — client key).</translation>
    </message>
    <message>
        <source>Use &apos;credentials set PLATFORM CLIENT_ID&apos; (secret on standard input) or &apos;credentials remove PLATFORM&apos;.</source>
        <translation>Используйте &apos;credentials set PLATFORM CLIENT_ID&apos; (секрет — на стандартный ввод) или &apos;credentials remove PLATFORM&apos;.</translation>
    </message>
    <message>
        <source>Give the client secret on standard input (one line).</source>
        <translation>Передайте секрет клиента на стандартный ввод (одной строкой).</translation>
    </message>
    <message>
        <source>The client id is empty.</source>
        <translation>Client id пустой.</translation>
    </message>
    <message>
        <source>Stored the %1 app credentials in the system keychain.</source>
        <translation>Учётные данные приложения %1 сохранены в системной связке ключей.</translation>
    </message>
    <message>
        <source>Removed the %1 app credentials.</source>
        <translation>Учётные данные приложения %1 удалены.</translation>
    </message>
    <message>
        <source>Manage platform accounts.</source>
        <translation>Управлять аккаунтами платформ.</translation>
    </message>
    <message>
        <source>Store your own app credentials in the keychain.</source>
        <translation>Сохранить собственные данные приложения в связке ключей.</translation>
    </message>
    <message>
        <source>Queue a video for publishing (now or --at a time).</source>
        <translation>Поставить видео в очередь публикации (сейчас или --at ко времени).</translation>
    </message>
    <message>
        <source>See and run the publishing queue.</source>
        <translation>Просмотреть и запустить очередь публикации.</translation>
    </message>
    <message>
        <source>Say whether a comment looks like a potential customer.</source>
        <translation>Определить, похож ли комментарий на потенциального клиента.</translation>
    </message>
    <message>
        <source>Teach the lead classifier from your own labels.</source>
        <translation>Обучить классификатор лидов на собственных метках.</translation>
    </message>
    <message>
        <source>Queue a library video for publishing to one or more accounts. Every platform&apos;s rules are checked first; nothing is queued while any is broken. Prints the job ids.</source>
        <translation>Поставить видео из библиотеки в очередь публикации в один или несколько аккаунтов. Сначала проверяются правила каждой платформы; пока хоть одно нарушено, ничего не ставится в очередь. Выводит номера заданий.</translation>
    </message>
    <message>
        <source>The video id (&apos;videos list&apos; shows them).</source>
        <translation>Номер видео (их показывает &apos;videos list&apos;).</translation>
    </message>
    <message>
        <source>Account ids, comma-separated (&apos;accounts list&apos;).</source>
        <translation>Номера аккаунтов через запятую (&apos;accounts list&apos;).</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>АККАУНТЫ</translation>
    </message>
    <message>
        <source>The caption / description.</source>
        <translation>Подпись / описание.</translation>
    </message>
    <message>
        <source>The title (YouTube).</source>
        <translation>Название (YouTube).</translation>
    </message>
    <message>
        <source>Tags, comma-separated (YouTube).</source>
        <translation>Теги через запятую (YouTube).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>СПИСОК</translation>
    </message>
    <message>
        <source>public, unlisted, friends or private.</source>
        <translation>public, unlisted, friends или private.</translation>
    </message>
    <message>
        <source>PRIVACY</source>
        <translation>ДОСТУП</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ПОЯС</translation>
    </message>
    <message>
        <source>&apos;post&apos; needs one video id.</source>
        <translation>Команде &apos;post&apos; нужен один номер видео.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a video id.</source>
        <translation>&apos;%1&apos; — не номер видео.</translation>
    </message>
    <message>
        <source>&apos;post&apos; needs --to with at least one account id.</source>
        <translation>Команде &apos;post&apos; нужен --to хотя бы с одним номером аккаунта.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account id.</source>
        <translation>&apos;%1&apos; — не номер аккаунта.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin.</source>
        <translation>Неизвестный часовой пояс &apos;%1&apos;: укажите имя IANA, например Europe/Berlin.</translation>
    </message>
    <message>
        <source>account %1 (%2), %3: %4 [%5]</source>
        <translation>аккаунт %1 (%2), %3: %4 [%5]</translation>
    </message>
    <message>
        <source>List the publish jobs, newest first.</source>
        <translation>Показать задания публикации, новые первыми.</translation>
    </message>
    <message>
        <source>The queue is empty. Queue a video with &apos;travelflow-cli post VIDEO --to ACCOUNT&apos;.</source>
        <translation>Очередь пуста. Поставьте видео в очередь: &apos;travelflow-cli post ВИДЕО --to АККАУНТ&apos;.</translation>
    </message>
    <message>
        <source>Run the publishing queue without a window. Jobs continue from where they stopped; nothing is published twice.</source>
        <translation>Запустить очередь публикации без окна. Задания продолжаются с места остановки; ничего не публикуется дважды.</translation>
    </message>
    <message>
        <source>Exit once no job is due, uploading, processing or waiting for a retry.</source>
        <translation>Выйти, когда ни одно задание не ждёт запуска, загрузки, обработки или повтора.</translation>
    </message>
    <message>
        <source>Milliseconds between checks of a processing video (default 5000).</source>
        <translation>Миллисекунды между проверками обрабатываемого видео (по умолчанию 5000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>МС</translation>
    </message>
    <message>
        <source>--poll-interval needs a number of milliseconds (10 or more).</source>
        <translation>--poll-interval требует число миллисекунд (10 или больше).</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>задание %1: %2</translation>
    </message>
    <message>
        <source>Put a job that needs attention back in the queue.</source>
        <translation>Вернуть в очередь задание, требующее внимания.</translation>
    </message>
    <message>
        <source>Cancel a job that is not published yet.</source>
        <translation>Отменить ещё не опубликованное задание.</translation>
    </message>
    <message>
        <source>The job id (&apos;queue list&apos;).</source>
        <translation>Номер задания (&apos;queue list&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one job id.</source>
        <translation>Команде &apos;%1&apos; нужен один номер задания.</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>Задание %1 снова в очереди.</translation>
    </message>
    <message>
        <source>Job %1 is cancelled.</source>
        <translation>Задание %1 отменено.</translation>
    </message>
    <message>
        <source>Comments and messages from every account.</source>
        <translation>Комментарии и сообщения со всех аккаунтов.</translation>
    </message>
    <message>
        <source>Write the leads to a CSV file.</source>
        <translation>Записать лиды в файл CSV.</translation>
    </message>
    <message>
        <source>Views, likes, comments and shares of published posts.</source>
        <translation>Просмотры, лайки, комментарии и репосты вышедших публикаций.</translation>
    </message>
    <message>
        <source>Fetch new comments, replies and messages (and send queued replies).</source>
        <translation>Загрузить новые комментарии, ответы и сообщения (и отправить ответы из очереди).</translation>
    </message>
    <message>
        <source>Only this account id.</source>
        <translation>Только аккаунт с этим номером.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>АККАУНТ</translation>
    </message>
    <message>
        <source>account %1 (%2): %3 What was fetched is kept; the next sync continues from there.</source>
        <translation>аккаунт %1 (%2): %3 Загруженное сохранено; следующая синхронизация продолжит с этого места.</translation>
    </message>
    <message>
        <source>account %1 (%2): %3 new, %4 leads</source>
        <translation>аккаунт %1 (%2): новых — %3, лидов — %4</translation>
    </message>
    <message>
        <source>List comments, replies and messages, newest first.</source>
        <translation>Показать комментарии, ответы и сообщения, новые первыми.</translation>
    </message>
    <message>
        <source>Only potential customers.</source>
        <translation>Только потенциальные клиенты.</translation>
    </message>
    <message>
        <source>Only items not read yet.</source>
        <translation>Только непрочитанные записи.</translation>
    </message>
    <message>
        <source>Only items with all these words.</source>
        <translation>Только записи, в которых есть все эти слова.</translation>
    </message>
    <message>
        <source>At most N items.</source>
        <translation>Не больше N записей.</translation>
    </message>
    <message>
        <source>--limit needs a number of items.</source>
        <translation>Для --limit нужно число записей.</translation>
    </message>
    <message>
        <source>Answer a comment (publicly, or privately on Instagram). The reply is kept and retried until the platform confirms it, and never sent twice.</source>
        <translation>Ответить на комментарий (публично или — в Instagram — лично). Ответ сохраняется и отправляется повторно, пока платформа его не подтвердит, и никогда не уходит дважды.</translation>
    </message>
    <message>
        <source>The item id (&apos;inbox list&apos;).</source>
        <translation>Номер записи (&apos;inbox list&apos;).</translation>
    </message>
    <message>
        <source>The reply.</source>
        <translation>Ответ.</translation>
    </message>
    <message>
        <source>Reply privately (Instagram).</source>
        <translation>Ответить лично (Instagram).</translation>
    </message>
    <message>
        <source>&apos;inbox reply&apos; needs an item id and the text.</source>
        <translation>Для &apos;inbox reply&apos; нужны номер записи и текст.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Not sent yet (%1); it is kept and the next &apos;inbox sync&apos; tries again.</source>
        <translation>Пока не отправлено (%1); ответ сохранён, и следующий &apos;inbox sync&apos; попробует снова.</translation>
    </message>
    <message>
        <source>Mark an item: read, new, replied, archived; for a lead: contacted, won, lost; or teach the lead finder with lead / not.</source>
        <translation>Отметить запись: read, new, replied, archived; для лида: contacted, won, lost; или научить поиск лидов: lead / not.</translation>
    </message>
    <message>
        <source>The new state.</source>
        <translation>Новое состояние.</translation>
    </message>
    <message>
        <source>&apos;inbox mark&apos; needs an item id and a state.</source>
        <translation>Для &apos;inbox mark&apos; нужны номер записи и состояние.</translation>
    </message>
    <message>
        <source>Unknown state &apos;%1&apos;: use read, new, replied, archived, contacted, won, lost, lead or not.</source>
        <translation>Неизвестное состояние &apos;%1&apos;: укажите read, new, replied, archived, contacted, won, lost, lead или not.</translation>
    </message>
    <message>
        <source>Item %1: %2.</source>
        <translation>Запись %1: %2.</translation>
    </message>
    <message>
        <source>Write every lead to a CSV file (UTF-8, RFC 4180).</source>
        <translation>Записать все лиды в файл CSV (UTF-8, RFC 4180).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>Start with a byte-order mark (for Excel).</source>
        <translation>Записать в начало файла метку порядка байтов (для Excel).</translation>
    </message>
    <message>
        <source>&apos;leads export&apos; needs --csv FILE.</source>
        <translation>Для &apos;leads export&apos; нужен --csv FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) written to %1.</source>
        <translation>
            <numerusform>%n лид записан в %1.</numerusform>
            <numerusform>%n лида записано в %1.</numerusform>
            <numerusform>%n лидов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a snapshot of the views, likes, comments and shares of every published post (at most one per post per hour).</source>
        <translation>Сделать снимок просмотров, лайков, комментариев и репостов каждой вышедшей публикации (не больше одного в час на публикацию).</translation>
    </message>
    <message>
        <source>%1 snapshots taken, %2 skipped (taken within the hour), %3 failed.</source>
        <translation>Снимков сделано: %1, пропущено: %2 (уже сделаны за последний час), с ошибкой: %3.</translation>
    </message>
    <message>
        <source>Show the latest metrics of each published post, or the history of one post (its job id from &apos;queue list&apos;).</source>
        <translation>Показать последнюю статистику каждой вышедшей публикации или историю одной публикации (её номер задания из &apos;queue list&apos;).</translation>
    </message>
    <message>
        <source>A job id (optional).</source>
        <translation>Номер задания (необязательно).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id.</source>
        <translation>&apos;%1&apos; — не номер задания.</translation>
    </message>
    <message>
        <source>post %1 (%2) at %3: %4 views, %5 likes, %6 comments, %7 shares</source>
        <translation>публикация %1 (%2), %3: просмотров %4, лайков %5, комментариев %6, репостов %7</translation>
    </message>
    <message>
        <source>Publish at this time: ISO 8601 with an offset (2026-12-24T18:00:00+01:00), or a local time with --time-zone (2026-12-24T18:00 --time-zone Europe/Berlin).</source>
        <translation>Время публикации: ISO 8601 со смещением (2026-12-24T18:00:00+01:00) или местное время с --time-zone (2026-12-24T18:00 --time-zone Europe/Berlin).</translation>
    </message>
    <message>
        <source>The time zone of --at (Europe/Berlin); daylight saving is taken into account.</source>
        <translation>Часовой пояс для --at (Europe/Berlin); переход на летнее время учитывается.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>Команде &apos;%1&apos; нужна подкоманда: %2.</translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;%1 %2&apos;.</source>
        <translation>Неизвестная подкоманда &apos;%1 %2&apos;.</translation>
    </message>
    <message>
        <source>There is no inbox item %1. &quot;inbox list&quot; shows the ids.</source>
        <translation>Во входящих нет записи %1. Номера показывает «inbox list».</translation>
    </message>
</context>
<context>
    <name>ContainerInspector</name>
    <message>
        <source>The file is empty (0 bytes). Copy the clip again from the camera or phone.</source>
        <translation>Файл пустой (0 байт). Скопируйте ролик с камеры или телефона ещё раз.</translation>
    </message>
    <message>
        <source>This is not a video file TravelFlow can read (MP4, MOV, WebM, MKV, AVI or MPEG-TS).</source>
        <translation>Это не видеофайл, который понимает TravelFlow (MP4, MOV, WebM, MKV, AVI или MPEG-TS).</translation>
    </message>
    <message>
        <source>The file is incomplete: it ends before the video does. It was probably cut short while recording or copying; copy it again.</source>
        <translation>Файл неполный: он обрывается раньше, чем заканчивается видео. Вероятно, запись или копирование прервались; скопируйте файл ещё раз.</translation>
    </message>
    <message>
        <source>The file does not exist (or is a broken link).</source>
        <translation>Файла нет (или это битая ссылка).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1. Check its permissions.</source>
        <translation>Файл не читается: %1. Проверьте права доступа.</translation>
    </message>
</context>
<context>
    <name>CreatorInfoLoader</name>
    <message>
        <source>TikTok did not send this account&apos;s posting options: %1 Check the connection and try again.</source>
        <translation>TikTok не прислал параметры публикации для этого аккаунта: %1 Проверьте соединение и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>CredentialLabels</name>
    <message>
        <source>client key</source>
        <translation>client key</translation>
    </message>
    <message>
        <source>app ID</source>
        <translation>app ID</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>client ID</translation>
    </message>
    <message>
        <source>app secret</source>
        <translation>app secret</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>client secret</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is damaged or is not a TravelFlow database (%2). TravelFlow did not change it. Restore it from a backup, or move it aside to start with an empty library.</source>
        <translation>База данных %1 повреждена или не является базой TravelFlow (%2). TravelFlow её не изменял. Восстановите её из резервной копии или переместите, чтобы начать с пустой медиатекой.</translation>
    </message>
    <message>
        <source>Another TravelFlow (process %1) is using the profile in %2. Close it first, or choose a different folder with --data-dir.</source>
        <translation>Профиль в %2 уже использует другой TravelFlow (процесс %1). Закройте его или выберите другую папку через --data-dir.</translation>
    </message>
    <message>
        <source>TravelFlow cannot write to %1. Make the folder writable, or choose a different one with --data-dir.</source>
        <translation>TravelFlow не может записывать в %1. Разрешите запись в папку или выберите другую через --data-dir.</translation>
    </message>
    <message>
        <source>No data folder was given and the system has no application data location. Pass one with --data-dir.</source>
        <translation>Папка данных не указана, а в системе нет стандартного места для данных приложений. Укажите её через --data-dir.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation>%1 — это файл, а не папка. Укажите папку через --data-dir.</translation>
    </message>
    <message>
        <source>TravelFlow cannot create the folder %1. Make its parent writable, or choose a different one with --data-dir.</source>
        <translation>TravelFlow не может создать папку %1. Разрешите запись в родительскую папку или выберите другую через --data-dir.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>TravelFlow cannot write to %1. Make it writable, or choose a different folder with --data-dir.</source>
        <translation>TravelFlow не может записывать в %1. Разрешите запись или выберите другую папку через --data-dir.</translation>
    </message>
    <message>
        <source>The database %1 could not be set up (%2). Check that the folder is on a local, writable disk.</source>
        <translation>Не удалось настроить базу данных %1 (%2). Проверьте, что папка находится на локальном диске с правом записи.</translation>
    </message>
    <message>
        <source>read the profile id</source>
        <translation>прочитать идентификатор профиля</translation>
    </message>
    <message>
        <source>save the profile id</source>
        <translation>сохранить идентификатор профиля</translation>
    </message>
</context>
<context>
    <name>DisconnectConfirmation</name>
    <message numerus="yes">
        <source>%n sign-in token(s) in the system keychain</source>
        <translation>
            <numerusform>%n токен входа в системной связке ключей</numerusform>
            <numerusform>%n токена входа в системной связке ключей</numerusform>
            <numerusform>%n токенов входа в системной связке ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) planned or published to this account (caption, schedule, privacy)</source>
        <translation>
            <numerusform>%n публикация в этом аккаунте, запланированная или вышедшая (подпись, расписание, доступ)</numerusform>
            <numerusform>%n публикации в этом аккаунте, запланированные или вышедшие (подпись, расписание, доступ)</numerusform>
            <numerusform>%n публикаций в этом аккаунте, запланированных или вышедших (подпись, расписание, доступ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publishing job(s)</source>
        <translation>
            <numerusform>%n задание публикации</numerusform>
            <numerusform>%n задания публикации</numerusform>
            <numerusform>%n заданий публикации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them not published yet</source>
        <translation>
            <numerusform>, из них %n ещё не опубликовано</numerusform>
            <numerusform>, из них %n ещё не опубликованы</numerusform>
            <numerusform>, из них %n ещё не опубликованы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) and replies in the inbox</source>
        <translation>
            <numerusform>%n комментарий или ответ во входящих</numerusform>
            <numerusform>%n комментария и ответа во входящих</numerusform>
            <numerusform>%n комментариев и ответов во входящих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) not sent yet</source>
        <translation>
            <numerusform>%n ещё не отправленный ответ</numerusform>
            <numerusform>%n ещё не отправленных ответа</numerusform>
            <numerusform>%n ещё не отправленных ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metrics snapshot(s)</source>
        <translation>
            <numerusform>%n снимок статистики</numerusform>
            <numerusform>%n снимка статистики</numerusform>
            <numerusform>%n снимков статистики</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list of %n post(s) found on the account</source>
        <translation>
            <numerusform>список из %n публикации, найденной в аккаунте</numerusform>
            <numerusform>список из %n публикаций, найденных в аккаунте</numerusform>
            <numerusform>список из %n публикаций, найденных в аккаунте</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect account</source>
        <translation>Отключение аккаунта</translation>
    </message>
    <message>
        <source>Disconnect %1 account %2 from TravelFlow?</source>
        <translation>Отключить аккаунт %1 %2 от TravelFlow?</translation>
    </message>
    <message>
        <source>TravelFlow will revoke its access at %1 and delete from this computer:</source>
        <translation>TravelFlow отзовёт свой доступ в %1 и удалит с этого компьютера:</translation>
    </message>
    <message>
        <source>Your videos in the library, and what is already published on %1, stay.</source>
        <translation>Ваши видео в медиатеке и то, что уже опубликовано в %1, останутся.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Disconnect and delete</source>
        <translation>Отключить и удалить</translation>
    </message>
</context>
<context>
    <name>EndpointTable</name>
    <message>
        <source>Cannot read the endpoints file %1: %2</source>
        <translation>Не удалось прочитать файл адресов %1: %2</translation>
    </message>
    <message>
        <source>The endpoints file %1 must be a JSON object of endpoint name to base URL (%2).</source>
        <translation>Файл адресов %1 должен быть JSON-объектом «имя адреса → базовый URL» (%2).</translation>
    </message>
    <message>
        <source>The endpoints file %1 names an unknown endpoint &quot;%2&quot;. Known names: %3.</source>
        <translation>В файле адресов %1 указан неизвестный адрес &quot;%2&quot;. Известные имена: %3.</translation>
    </message>
    <message>
        <source>The endpoints file %1 gives &quot;%2&quot; a base that is not an http(s) URL without a query: %3</source>
        <translation>В файле адресов %1 для &quot;%2&quot; указан базовый адрес, который не является http(s)-URL без параметров запроса: %3</translation>
    </message>
</context>
<context>
    <name>FailurePolicy</name>
    <message>
        <source>%1 no longer accepted the sign-in; TravelFlow is refreshing it.</source>
        <translation>%1 больше не принимает вход; TravelFlow обновляет его.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in even after it was refreshed: %2 Reconnect the account in Accounts; the post continues from where it stopped.</source>
        <translation>%1 отклоняет вход даже после обновления: %2 Переподключите аккаунт в разделе «Аккаунты»; публикация продолжится с места остановки.</translation>
    </message>
    <message>
        <source>%1 asked TravelFlow to slow down. The next try is at %2.</source>
        <translation>%1 просит TravelFlow не спешить. Следующая попытка в %2.</translation>
    </message>
    <message>
        <source>The %1 quota is used up (%2). It resets at %3; TravelFlow tries again then by itself.</source>
        <translation>Квота %1 исчерпана (%2). Она обновится в %3; тогда TravelFlow сам попробует снова.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) in a row; TravelFlow stopped trying. Last error: %2 Use Retry when the problem is gone.</source>
        <translation>
            <numerusform>%1: ошибка %n раз подряд; TravelFlow прекратил попытки. Последняя ошибка: %2 Нажмите «Повторить», когда проблема исчезнет.</numerusform>
            <numerusform>%1: ошибка %n раза подряд; TravelFlow прекратил попытки. Последняя ошибка: %2 Нажмите «Повторить», когда проблема исчезнет.</numerusform>
            <numerusform>%1: ошибка %n раз подряд; TravelFlow прекратил попытки. Последняя ошибка: %2 Нажмите «Повторить», когда проблема исчезнет.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 The next try is at %3.</source>
        <translation>%1: %2 Следующая попытка в %3.</translation>
    </message>
    <message>
        <source>%1 rejected the video: %2</source>
        <translation>%1 отклонил видео: %2</translation>
    </message>
    <message>
        <source>%1 refused the post: %2 Edit the post, then use Retry.</source>
        <translation>%1 отклонил публикацию: %2 Исправьте публикацию и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Ошибка %1: %2</translation>
    </message>
    <message>
        <source>The %1 account &quot;%2&quot; needs to be reconnected. The post waits and continues by itself after you reconnect it in Accounts.</source>
        <translation>Аккаунт %1 «%2» нужно переподключить. Публикация ждёт и продолжится сама, когда вы переподключите его в разделе «Аккаунты».</translation>
    </message>
    <message numerus="yes">
        <source>%1 let the upload expire %n time(s) before the video was complete; TravelFlow stopped trying. Use Retry to upload it again.</source>
        <translation>
            <numerusform>%1: срок загрузки истёк %n раз, прежде чем видео загрузилось целиком; TravelFlow прекратил попытки. Нажмите «Повторить», чтобы загрузить его снова.</numerusform>
            <numerusform>%1: срок загрузки истёк %n раза, прежде чем видео загрузилось целиком; TravelFlow прекратил попытки. Нажмите «Повторить», чтобы загрузить его снова.</numerusform>
            <numerusform>%1: срок загрузки истёк %n раз, прежде чем видео загрузилось целиком; TravelFlow прекратил попытки. Нажмите «Повторить», чтобы загрузить его снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 let the upload expire before the video was complete. TravelFlow uploads it again at %2.</source>
        <translation>%1: срок загрузки истёк, прежде чем видео загрузилось целиком. TravelFlow загрузит его снова в %2.</translation>
    </message>
    <message>
        <source>%1 rejected the video: %2 (%3)</source>
        <translation>%1 отклонил видео: %2 (%3)</translation>
    </message>
    <message>
        <source>TikTok does not accept the file format; export it as MP4 (H.264) and try again.</source>
        <translation>TikTok не принимает этот формат файла; экспортируйте видео в MP4 (H.264) и попробуйте снова.</translation>
    </message>
    <message>
        <source>the video is longer (or shorter) than this account may post.</source>
        <translation>видео длиннее (или короче), чем разрешено публиковать этому аккаунту.</translation>
    </message>
    <message>
        <source>TikTok does not accept the video&apos;s frame rate; export it at 23 to 60 frames per second.</source>
        <translation>TikTok не принимает частоту кадров видео; экспортируйте его с частотой от 23 до 60 кадров в секунду.</translation>
    </message>
    <message>
        <source>TikTok does not accept the video&apos;s resolution; use at least 360 pixels on each side.</source>
        <translation>TikTok не принимает разрешение видео; нужно не меньше 360 пикселей по каждой стороне.</translation>
    </message>
    <message>
        <source>TikTok had an internal problem with the video; Retry may work.</source>
        <translation>У TikTok внутренняя ошибка при обработке видео; возможно, поможет «Повторить».</translation>
    </message>
    <message>
        <source>TikTok could not fetch the video.</source>
        <translation>TikTok не смог получить видео.</translation>
    </message>
    <message>
        <source>the post was cancelled on TikTok.</source>
        <translation>публикация отменена в TikTok.</translation>
    </message>
    <message>
        <source>TravelFlow&apos;s access was removed from the TikTok account; reconnect it.</source>
        <translation>Доступ TravelFlow к аккаунту TikTok отозван; переподключите аккаунт.</translation>
    </message>
    <message>
        <source>the account reached TikTok&apos;s daily post limit.</source>
        <translation>аккаунт достиг дневного лимита публикаций TikTok.</translation>
    </message>
    <message>
        <source>TikTok has blocked this account from posting.</source>
        <translation>TikTok запретил этому аккаунту публиковать.</translation>
    </message>
    <message>
        <source>TikTok took the post for spam.</source>
        <translation>TikTok принял публикацию за спам.</translation>
    </message>
    <message>
        <source>YouTube cannot decode the video&apos;s codec; export it as H.264.</source>
        <translation>YouTube не может декодировать кодек видео; экспортируйте его в H.264.</translation>
    </message>
    <message>
        <source>YouTube could not convert the video.</source>
        <translation>YouTube не смог преобразовать видео.</translation>
    </message>
    <message>
        <source>the uploaded file is empty.</source>
        <translation>загруженный файл пустой.</translation>
    </message>
    <message>
        <source>the uploaded file is not a valid video.</source>
        <translation>загруженный файл не является корректным видео.</translation>
    </message>
    <message>
        <source>the upload was aborted.</source>
        <translation>загрузка прервана.</translation>
    </message>
    <message>
        <source>the channel already has this video.</source>
        <translation>это видео уже есть на канале.</translation>
    </message>
    <message>
        <source>a copyright claim.</source>
        <translation>жалоба на нарушение авторских прав.</translation>
    </message>
    <message>
        <source>the video is longer than this channel may upload.</source>
        <translation>видео длиннее, чем разрешено загружать на этот канал.</translation>
    </message>
    <message>
        <source>the video breaks YouTube&apos;s terms of use.</source>
        <translation>видео нарушает условия использования YouTube.</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файл не читается: %1</translation>
    </message>
</context>
<context>
    <name>InboxStateRepository</name>
    <message>
        <source>read where the inbox sync stopped</source>
        <translation>прочитать, где остановилась синхронизация входящих</translation>
    </message>
    <message>
        <source>remember where the inbox sync stopped</source>
        <translation>запомнить, где остановилась синхронизация входящих</translation>
    </message>
    <message>
        <source>count the quota used</source>
        <translation>учесть израсходованную квоту</translation>
    </message>
    <message>
        <source>read the quota used</source>
        <translation>прочитать израсходованную квоту</translation>
    </message>
    <message>
        <source>save the post</source>
        <translation>сохранить публикацию</translation>
    </message>
    <message>
        <source>list the posts</source>
        <translation>получить список публикаций</translation>
    </message>
</context>
<context>
    <name>InstagramAuth</name>
    <message>
        <source>Instagram access was not allowed. Connect again and allow all requested permissions.</source>
        <translation>Доступ к Instagram не разрешён. Подключитесь снова и разрешите всё запрошенное.</translation>
    </message>
    <message>
        <source>Instagram did not complete the sign-in. Try connecting again.</source>
        <translation>Instagram не завершил вход. Попробуйте подключиться ещё раз.</translation>
    </message>
    <message>
        <source>Instagram did not complete the sign-in (%1). Try connecting again.</source>
        <translation>Instagram не завершил вход (%1). Попробуйте подключиться ещё раз.</translation>
    </message>
    <message>
        <source>Instagram answered without a token. Try connecting again.</source>
        <translation>Instagram ответил без токена. Попробуйте подключиться ещё раз.</translation>
    </message>
    <message>
        <source>Instagram answered without a token. TravelFlow will try again.</source>
        <translation>Instagram ответил без токена. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>Instagram did not confirm the disconnect. Try again.</source>
        <translation>Instagram не подтвердил отключение. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>No Instagram professional account is linked to a Facebook Page you manage. Link an Instagram professional account to a Facebook Page, then connect again.</source>
        <translation>К вашим страницам Facebook не привязан профессиональный аккаунт Instagram. Привяжите профессиональный аккаунт Instagram к странице Facebook и подключитесь снова.</translation>
    </message>
    <message>
        <source>The Instagram sign-in has expired. Reconnect the account.</source>
        <translation>Срок входа в Instagram истёк. Подключите учётную запись заново.</translation>
    </message>
    <message>
        <source>TravelFlow was removed from the Facebook account, so Instagram no longer accepts the sign-in. Reconnect the account.</source>
        <translation>TravelFlow удалён из аккаунта Facebook, поэтому Instagram больше не принимает вход. Подключите учётную запись заново.</translation>
    </message>
    <message>
        <source>The Facebook password was changed, so Instagram no longer accepts the sign-in. Reconnect the account.</source>
        <translation>Пароль Facebook изменён, поэтому Instagram больше не принимает вход. Подключите учётную запись заново.</translation>
    </message>
    <message>
        <source>Instagram no longer accepts the saved sign-in. Reconnect the account.</source>
        <translation>Instagram больше не принимает сохранённый вход. Подключите учётную запись заново.</translation>
    </message>
    <message>
        <source>The Instagram publishing limit for the last 24 hours is reached. TravelFlow continues when it frees up (within 24 hours).</source>
        <translation>Достигнут лимит публикаций Instagram за последние 24 часа. TravelFlow продолжит, когда лимит освободится (в течение 24 часов).</translation>
    </message>
    <message>
        <source>Instagram asks TravelFlow to slow down. It will continue shortly.</source>
        <translation>Instagram просит TravelFlow делать запросы реже. Работа скоро продолжится.</translation>
    </message>
    <message>
        <source>Instagram says a permission is missing (%1). Reconnect the account and allow all requested permissions.</source>
        <translation>Instagram сообщает, что не хватает разрешения (%1). Подключите учётную запись заново и разрешите всё запрошенное.</translation>
    </message>
    <message>
        <source>Instagram rejected the caption: %1 Shorten it or use fewer hashtags or @mentions.</source>
        <translation>Instagram отклонил подпись: %1 Сократите её или используйте меньше хештегов и @упоминаний.</translation>
    </message>
    <message>
        <source>Instagram did not accept the sign-in (%1). Connect again.</source>
        <translation>Instagram не принял вход (%1). Подключитесь снова.</translation>
    </message>
    <message>
        <source>Instagram rejected the request: %1</source>
        <translation>Instagram отклонил запрос: %1</translation>
    </message>
    <message>
        <source>Instagram does not accept the app&apos;s client id or secret. Check them in Settings.</source>
        <translation>Instagram не принимает client id или секрет приложения. Проверьте их в настройках.</translation>
    </message>
    <message>
        <source>Instagram had a temporary problem. TravelFlow will try again.</source>
        <translation>У Instagram временная проблема. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>Instagram refused the request: %1</source>
        <translation>Instagram отказал в запросе: %1</translation>
    </message>
</context>
<context>
    <name>InstagramInbox</name>
    <message>
        <source>Instagram sent an incomplete answer. TravelFlow will try again.</source>
        <translation>Instagram прислал неполный ответ. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>No Instagram business account is linked, so there are no posts to read comments from.</source>
        <translation>Не привязан бизнес-аккаунт Instagram, поэтому нет публикаций, из которых можно читать комментарии.</translation>
    </message>
    <message>
        <source>Instagram posts are listed with their own call, not as inbox items.</source>
        <translation>Публикации Instagram запрашиваются отдельным вызовом, а не как записи входящих.</translation>
    </message>
    <message>
        <source>Instagram comments are read per post; no post was given.</source>
        <translation>Комментарии Instagram читаются для каждой публикации отдельно; публикация не указана.</translation>
    </message>
    <message>
        <source>Instagram replies are read per comment; no comment was given.</source>
        <translation>Ответы в Instagram читаются для каждого комментария отдельно; комментарий не указан.</translation>
    </message>
    <message>
        <source>A private message cannot get a public reply on Instagram.</source>
        <translation>В Instagram на личное сообщение нельзя ответить публично.</translation>
    </message>
    <message>
        <source>The comment to answer on Instagram is not known.</source>
        <translation>Неизвестно, на какой комментарий в Instagram нужно ответить.</translation>
    </message>
    <message>
        <source>The reply is empty. Write what you want to say.</source>
        <translation>Ответ пустой. Напишите, что хотите сказать.</translation>
    </message>
    <message>
        <source>Instagram private replies answer comments; this is a message already.</source>
        <translation>Личные ответы в Instagram отправляются на комментарии, а это уже сообщение.</translation>
    </message>
    <message>
        <source>The comment to answer privately on Instagram is not known.</source>
        <translation>Неизвестно, на какой комментарий в Instagram нужно ответить лично.</translation>
    </message>
    <message>
        <source>Instagram does not allow a private reply to the account&apos;s own comment.</source>
        <translation>Instagram не разрешает личный ответ на собственный комментарий аккаунта.</translation>
    </message>
    <message>
        <source>Instagram allows a private reply only within 7 days of the comment, and this comment is older. Answer it publicly instead.</source>
        <translation>Instagram разрешает личный ответ только в течение 7 дней после комментария, а этот комментарий старше. Ответьте на него публично.</translation>
    </message>
    <message>
        <source>The private reply is empty. Write what you want to say.</source>
        <translation>Личный ответ пустой. Напишите, что хотите сказать.</translation>
    </message>
    <message>
        <source>Instagram allows one private reply per comment, and this comment has one already.</source>
        <translation>Instagram разрешает только один личный ответ на комментарий, а у этого комментария он уже есть.</translation>
    </message>
</context>
<context>
    <name>InstagramPublisher</name>
    <message>
        <source>The video file %1 cannot be read.</source>
        <translation>Видеофайл %1 не читается.</translation>
    </message>
    <message>
        <source>The Instagram upload was cancelled.</source>
        <translation>Загрузка в Instagram отменена.</translation>
    </message>
    <message>
        <source>Instagram answered without a media container. TravelFlow will try again.</source>
        <translation>Instagram ответил без медиаконтейнера. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>The video file cannot be read: %1</source>
        <translation>Видеофайл не читается: %1</translation>
    </message>
    <message>
        <source>The Instagram upload expired before it was published. Publish the video again.</source>
        <translation>Срок загрузки в Instagram истёк до публикации. Опубликуйте видео заново.</translation>
    </message>
    <message>
        <source>Instagram could not process the video: %1</source>
        <translation>Instagram не смог обработать видео: %1</translation>
    </message>
    <message>
        <source>Instagram is still processing the video. TravelFlow will check again later.</source>
        <translation>Instagram ещё обрабатывает видео. TravelFlow проверит позже.</translation>
    </message>
    <message>
        <source>Instagram answered without a media id. TravelFlow will check whether the video was published.</source>
        <translation>Instagram ответил без идентификатора публикации. TravelFlow проверит, опубликовано ли видео.</translation>
    </message>
    <message>
        <source>Instagram refused the upload: %1</source>
        <translation>Instagram отклонил загрузку: %1</translation>
    </message>
    <message>
        <source>No Instagram business account is linked, so Instagram has no publishing limit to report.</source>
        <translation>Не привязан бизнес-аккаунт Instagram, поэтому Instagram не сообщает лимит публикаций.</translation>
    </message>
    <message>
        <source>Instagram did not report its publishing limit. TravelFlow will ask again.</source>
        <translation>Instagram не сообщил лимит публикаций. TravelFlow спросит ещё раз.</translation>
    </message>
</context>
<context>
    <name>InteractionBatchWriter</name>
    <message>
        <source>Could not %1: the item was neither stored nor found. Try the sync again.</source>
        <translation>Не удалось %1: запись не сохранена и не найдена. Попробуйте синхронизировать ещё раз.</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>save the comment or message</source>
        <translation>сохранить комментарий или сообщение</translation>
    </message>
    <message>
        <source>read the comment or message</source>
        <translation>прочитать комментарий или сообщение</translation>
    </message>
    <message>
        <source>list the comments and messages</source>
        <translation>получить список комментариев и сообщений</translation>
    </message>
    <message>
        <source>save the inbox state</source>
        <translation>сохранить состояние во входящих</translation>
    </message>
    <message>
        <source>save the lead verdict</source>
        <translation>сохранить оценку лида</translation>
    </message>
    <message>
        <source>save your lead label</source>
        <translation>сохранить вашу отметку лида</translation>
    </message>
    <message>
        <source>save the lead state</source>
        <translation>сохранить статус лида</translation>
    </message>
    <message>
        <source>save the notes</source>
        <translation>сохранить заметки</translation>
    </message>
    <message>
        <source>Comment or message %1 is no longer in the inbox. It may have been deleted with its account; refresh the inbox.</source>
        <translation>Комментария или сообщения %1 больше нет во входящих. Возможно, он удалён вместе с учётной записью; обновите входящие.</translation>
    </message>
    <message>
        <source>search the inbox</source>
        <translation>выполнить поиск во входящих</translation>
    </message>
    <message>
        <source>count the inbox</source>
        <translation>посчитать записи во входящих</translation>
    </message>
    <message>
        <source>count the replies</source>
        <translation>посчитать ответы</translation>
    </message>
    <message>
        <source>read the conversation</source>
        <translation>прочитать переписку</translation>
    </message>
    <message>
        <source>read the post titles</source>
        <translation>прочитать названия публикаций</translation>
    </message>
</context>
<context>
    <name>JobPresentation</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Запланировано на %1</translation>
    </message>
    <message>
        <source>Queued, next try at %1</source>
        <translation>В очереди, следующая попытка в %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Uploading, next try at %1</source>
        <translation>Загрузка, следующая попытка в %1</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Processing, next check at %1</source>
        <translation>Обработка, следующая проверка в %1</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <source>Published, goes public %1</source>
        <translation>Опубликовано, станет общедоступным %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Попытки прекращены</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Use Retry to put the post back in the queue.</source>
        <translation>Нажмите «Повторить», чтобы вернуть публикацию в очередь.</translation>
    </message>
    <message>
        <source>Use Retry to upload the video again.</source>
        <translation>Нажмите «Повторить», чтобы загрузить видео заново.</translation>
    </message>
    <message>
        <source>Nothing to do: TravelFlow tries again by itself when the quota resets.</source>
        <translation>Ничего делать не нужно: TravelFlow сам попробует снова, когда квота обновится.</translation>
    </message>
    <message>
        <source>Reconnect the account in Accounts; the post then continues by itself.</source>
        <translation>Переподключите аккаунт в разделе «Учётные записи»; после этого публикация продолжится сама.</translation>
    </message>
    <message>
        <source>Reconnect the account in Accounts and allow publishing, then use Retry.</source>
        <translation>Переподключите аккаунт в разделе «Учётные записи», разрешите публикацию и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Export the video again in a format the platform accepts, then use Retry.</source>
        <translation>Экспортируйте видео заново в формате, который принимает платформа, и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Check your internet connection, then use Retry.</source>
        <translation>Проверьте подключение к интернету и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Fix what the message says, then use Retry.</source>
        <translation>Исправьте то, о чём говорится в сообщении, и нажмите «Повторить».</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/с</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · осталось %1</translation>
    </message>
</context>
<context>
    <name>LeadClassifier</name>
    <message>
        <source>wording like %1</source>
        <translation>слова вроде %1</translation>
    </message>
    <message>
        <source>no sign of wanting to book or buy</source>
        <translation>нет признаков желания купить или забронировать</translation>
    </message>
</context>
<context>
    <name>LeadDataset</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;lead&quot; or &quot;not&quot;, a tab, then the text.</source>
        <translation>%1, строка %2: ожидается &quot;lead&quot; или &quot;not&quot;, табуляция, затем текст.</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Не удаётся записать %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and try again.</source>
        <translation>Не удаётся записать %1: %2. Проверьте свободное место на диске и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>LeadFeedbackRepository</name>
    <message>
        <source>save what you taught the lead finder</source>
        <translation>сохранить то, чему вы научили поиск лидов</translation>
    </message>
    <message>
        <source>read what you taught the lead finder</source>
        <translation>прочитать то, чему вы научили поиск лидов</translation>
    </message>
</context>
<context>
    <name>LeadLexicon</name>
    <message>
        <source>asks the price</source>
        <translation>спрашивает цену</translation>
    </message>
    <message>
        <source>asks about dates or free places</source>
        <translation>спрашивает о датах или свободных местах</translation>
    </message>
    <message>
        <source>asks how to book or pay</source>
        <translation>спрашивает, как забронировать или оплатить</translation>
    </message>
    <message>
        <source>wants to be contacted or wrote privately</source>
        <translation>просит связаться или написал(а) в личку</translation>
    </message>
    <message>
        <source>a trip for a group, family or company</source>
        <translation>поездка для группы, семьи или компании</translation>
    </message>
    <message>
        <source>about your tour or trip</source>
        <translation>о вашем туре или поездке</translation>
    </message>
    <message>
        <source>wants to go</source>
        <translation>хочет поехать</translation>
    </message>
    <message>
        <source>asks about your own expenses</source>
        <translation>спрашивает о ваших собственных расходах</translation>
    </message>
    <message>
        <source>complains about prices</source>
        <translation>жалуется на цены</translation>
    </message>
    <message>
        <source>booked elsewhere</source>
        <translation>забронировал(а) в другом месте</translation>
    </message>
    <message>
        <source>spam or self-promotion</source>
        <translation>спам или самореклама</translation>
    </message>
    <message>
        <source>asks about gear or filming</source>
        <translation>спрашивает о технике или съёмке</translation>
    </message>
    <message>
        <source>asks about the music</source>
        <translation>спрашивает о музыке</translation>
    </message>
    <message>
        <source>asks about visas or documents</source>
        <translation>спрашивает о визах или документах</translation>
    </message>
    <message>
        <source>asks about safety</source>
        <translation>спрашивает о безопасности</translation>
    </message>
    <message>
        <source>asks about the season or weather</source>
        <translation>спрашивает о сезоне или погоде</translation>
    </message>
    <message>
        <source>asks about food</source>
        <translation>спрашивает о еде</translation>
    </message>
    <message>
        <source>asks about the place</source>
        <translation>спрашивает о месте</translation>
    </message>
    <message>
        <source>a compliment or reaction</source>
        <translation>комплимент или реакция</translation>
    </message>
    <message>
        <source>about the price of things you do not sell</source>
        <translation>о ценах на то, что вы не продаёте</translation>
    </message>
    <message>
        <source>travels on their own and asks for advice</source>
        <translation>едет сам(а) и просит совета</translation>
    </message>
    <message>
        <source>tells about a past trip</source>
        <translation>рассказывает о прошлой поездке</translation>
    </message>
    <message>
        <source>about your videos</source>
        <translation>о ваших видео</translation>
    </message>
    <message>
        <source>asks you to organise something</source>
        <translation>просит вас что-то организовать</translation>
    </message>
    <message>
        <source>asks about an event or festival</source>
        <translation>спрашивает о событии или фестивале</translation>
    </message>
    <message>
        <source>asks how far, how long or at what time</source>
        <translation>спрашивает, как далеко, как долго или во сколько</translation>
    </message>
    <message>
        <source>names a month, season or day</source>
        <translation>называет месяц, сезон или день</translation>
    </message>
</context>
<context>
    <name>LeadModel</name>
    <message>
        <source>The lead model is damaged at line %1. Reinstall TravelFlow.</source>
        <translation>Модель поиска лидов повреждена в строке %1. Переустановите TravelFlow.</translation>
    </message>
</context>
<context>
    <name>MetricsRepository</name>
    <message>
        <source>save the engagement numbers</source>
        <translation>сохранить показатели вовлечённости</translation>
    </message>
    <message>
        <source>read the engagement numbers</source>
        <translation>прочитать показатели вовлечённости</translation>
    </message>
    <message>
        <source>list the published posts</source>
        <translation>получить список вышедших публикаций</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>create the schema version table</source>
        <translation>создать таблицу версии схемы</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>прочитать версию схемы</translation>
    </message>
    <message>
        <source>This profile was written by a newer TravelFlow (schema %1; this version knows up to %2). Update TravelFlow to open it.</source>
        <translation>Этот профиль записан более новой версией TravelFlow (схема %1; эта версия знает схемы до %2). Обновите TravelFlow, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Migration %1 cannot be read: %2</source>
        <translation>Не удалось прочитать миграцию %1: %2</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed (%2). Nothing was changed; please report this problem.</source>
        <translation>Не удалось обновить базу данных до версии %1 (%2). Ничего не изменено; пожалуйста, сообщите об этой проблеме.</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>записать версию схемы</translation>
    </message>
    <message>
        <source>Could not save the database upgrade: %1</source>
        <translation>Не удалось сохранить обновление базы данных: %1</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>обновить базу данных до версии %1</translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>save the post</source>
        <translation>сохранить публикацию</translation>
    </message>
    <message>
        <source>read the post</source>
        <translation>прочитать публикацию</translation>
    </message>
    <message>
        <source>save the caption</source>
        <translation>сохранить подпись</translation>
    </message>
    <message>
        <source>This caption (target %1) no longer exists. Its post may have been deleted; reopen the post and try again.</source>
        <translation>Этой подписи (цель %1) больше нет. Возможно, публикация удалена; откройте публикацию заново и попробуйте снова.</translation>
    </message>
    <message>
        <source>remove the post</source>
        <translation>удалить публикацию</translation>
    </message>
    <message>
        <source>Post %1 no longer exists. Refresh the list and try again.</source>
        <translation>Публикации %1 больше нет. Обновите список и попробуйте снова.</translation>
    </message>
    <message>
        <source>read the post target</source>
        <translation>прочитать цель публикации</translation>
    </message>
</context>
<context>
    <name>PublishJobRepository</name>
    <message>
        <source>queue the publish job</source>
        <translation>поставить публикацию в очередь</translation>
    </message>
    <message>
        <source>read the publish job</source>
        <translation>прочитать задание публикации</translation>
    </message>
    <message>
        <source>save the publish job</source>
        <translation>сохранить задание публикации</translation>
    </message>
    <message>
        <source>Publish job %1 no longer exists; its post may have been deleted. Refresh the queue.</source>
        <translation>Задания публикации %1 больше нет; возможно, публикация удалена. Обновите очередь.</translation>
    </message>
    <message>
        <source>list the publish jobs</source>
        <translation>получить список заданий публикации</translation>
    </message>
    <message>
        <source>list the due publish jobs</source>
        <translation>получить список заданий, которым пора выполняться</translation>
    </message>
</context>
<context>
    <name>ReplyOutboxRepository</name>
    <message>
        <source>queue the reply</source>
        <translation>поставить ответ в очередь</translation>
    </message>
    <message>
        <source>read the reply</source>
        <translation>прочитать ответ</translation>
    </message>
    <message>
        <source>save the reply</source>
        <translation>сохранить ответ</translation>
    </message>
    <message>
        <source>Reply %1 is no longer in the outbox; the comment it answers may have been deleted. Refresh the inbox.</source>
        <translation>Ответа %1 больше нет в исходящих; возможно, комментарий, на который он отвечает, удалён. Обновите входящие.</translation>
    </message>
    <message>
        <source>list the replies to send</source>
        <translation>получить список ответов для отправки</translation>
    </message>
    <message>
        <source>list the replies</source>
        <translation>получить список ответов</translation>
    </message>
    <message>
        <source>look for the reply</source>
        <translation>найти ответ</translation>
    </message>
</context>
<context>
    <name>ScheduleTime</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Pick a zone like Europe/Berlin.</source>
        <translation>«%1» — неизвестный часовой пояс. Выберите пояс вроде Europe/Berlin.</translation>
    </message>
    <message>
        <source>Pick a valid date and time for the post.</source>
        <translation>Выберите правильные дату и время публикации.</translation>
    </message>
    <message>
        <source>%1 does not exist on that day because the clocks go forward, so the post will go out at %2 instead.</source>
        <translation>%1 в этот день не существует, потому что часы переводят вперёд, поэтому публикация выйдет в %2.</translation>
    </message>
    <message>
        <source>%1 happens twice on that day because the clocks go back; the post will go out at the first one (%2).</source>
        <translation>%1 в этот день наступает дважды, потому что часы переводят назад; публикация выйдет в первый раз (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Use ISO 8601, for example 2026-12-01T09:00:00+01:00.</source>
        <translation>«%1» — не дата и время. Используйте ISO 8601, например 2026-12-01T09:00:00+01:00.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; needs a UTC offset such as +01:00 or Z, for example 2026-12-01T09:00:00+01:00.</source>
        <translation>Времени «%1» нужно смещение от UTC, например +01:00 или Z: 2026-12-01T09:00:00+01:00.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not %1 in the database: %2</source>
        <translation>Не удалось %1 в базе данных: %2</translation>
    </message>
</context>
<context>
    <name>TikTokAuth</name>
    <message>
        <source>TikTok access was not granted. Connect again and allow the requested access.</source>
        <translation>Доступ к TikTok не предоставлен. Подключитесь снова и разрешите запрошенный доступ.</translation>
    </message>
    <message>
        <source>The TikTok sign-in could not be verified as this attempt&apos;s. Try connecting again.</source>
        <translation>Не удалось подтвердить, что вход в TikTok относится к этой попытке. Попробуйте подключиться ещё раз.</translation>
    </message>
    <message>
        <source>The TikTok sign-in was not completed in time. Try connecting again.</source>
        <translation>Вход в TikTok не завершён вовремя. Попробуйте подключиться ещё раз.</translation>
    </message>
    <message>
        <source>TikTok did not complete the sign-in (%1). Try connecting again.</source>
        <translation>TikTok не завершил вход (%1). Попробуйте подключиться ещё раз.</translation>
    </message>
    <message>
        <source>TikTok answered without a token. TravelFlow will try again.</source>
        <translation>TikTok ответил без токена. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>TikTok did not say which account is connected. TravelFlow will try again.</source>
        <translation>TikTok не сообщил, какая учётная запись подключена. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts this sign-in (it was revoked or has expired). Reconnect the account.</source>
        <translation>TikTok больше не принимает этот вход (его отозвали или срок истёк). Подключите учётную запись заново.</translation>
    </message>
    <message>
        <source>TikTok does not accept the app&apos;s client key or secret. Check them in Settings.</source>
        <translation>TikTok не принимает client key или секрет приложения. Проверьте их в настройках.</translation>
    </message>
    <message>
        <source>TikTok refused the sign-in (%1). Try connecting again.</source>
        <translation>TikTok отказал во входе (%1). Попробуйте подключиться ещё раз.</translation>
    </message>
    <message>
        <source>TikTok no longer accepts the saved sign-in. TravelFlow will refresh it.</source>
        <translation>TikTok больше не принимает сохранённый вход. TravelFlow обновит его.</translation>
    </message>
    <message>
        <source>TikTok says a permission is missing. Reconnect the account and allow all requested access.</source>
        <translation>TikTok сообщает, что не хватает разрешения. Подключите учётную запись заново и разрешите весь запрошенный доступ.</translation>
    </message>
    <message>
        <source>TikTok asks TravelFlow to slow down. It will continue shortly.</source>
        <translation>TikTok просит TravelFlow делать запросы реже. Работа скоро продолжится.</translation>
    </message>
    <message>
        <source>This TikTok account has reached its daily post limit. TravelFlow tries again in 24 hours.</source>
        <translation>Этот аккаунт TikTok достиг дневного лимита публикаций. TravelFlow попробует снова через 24 часа.</translation>
    </message>
    <message>
        <source>The TikTok app has reached its daily limit of active users. TravelFlow tries again in 24 hours.</source>
        <translation>Приложение TikTok достигло дневного лимита активных пользователей. TravelFlow попробует снова через 24 часа.</translation>
    </message>
    <message>
        <source>TikTok rejected the request: %1</source>
        <translation>TikTok отклонил запрос: %1</translation>
    </message>
    <message>
        <source>TikTok does not offer this privacy setting for this account. Choose one of the privacy options TikTok shows for it.</source>
        <translation>TikTok не предлагает такую настройку доступа для этого аккаунта. Выберите один из вариантов, которые показывает TikTok.</translation>
    </message>
    <message>
        <source>TikTok lets an app that has not passed its audit post only to private accounts, visible to the creator alone. Make the TikTok account private and post as &quot;Only me&quot;, or use an audited app.</source>
        <translation>TikTok разрешает приложению, не прошедшему проверку, публиковать только в закрытые аккаунты и только для автора. Сделайте аккаунт TikTok закрытым и публикуйте с настройкой «Только я» или используйте проверенное приложение.</translation>
    </message>
    <message>
        <source>TikTok has blocked this account from posting. Check the account in the TikTok app.</source>
        <translation>TikTok запретил этому аккаунту публиковать. Проверьте аккаунт в приложении TikTok.</translation>
    </message>
    <message>
        <source>TikTok had a server problem. TravelFlow will try again.</source>
        <translation>У TikTok проблема на сервере. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>TikTok refused the request (%1). Check the account in the TikTok app, then try again.</source>
        <translation>TikTok отказал в запросе (%1). Проверьте аккаунт в приложении TikTok и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>TikTokInbox</name>
    <message>
        <source>TikTok&apos;s API does not let apps read or answer comments.</source>
        <translation>API TikTok не позволяет приложениям читать комментарии и отвечать на них.</translation>
    </message>
</context>
<context>
    <name>TikTokPublisher</name>
    <message>
        <source>TikTok could not publish the video: %1.</source>
        <translation>TikTok не смог опубликовать видео: %1.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>This TikTok post was never started, so TikTok has nothing to report.</source>
        <translation>Эта публикация в TikTok не начиналась, поэтому TikTok нечего сообщить.</translation>
    </message>
    <message>
        <source>TikTok did not say who may watch this account&apos;s videos. TravelFlow will ask again.</source>
        <translation>TikTok не сообщил, кто может смотреть видео этого аккаунта. TravelFlow спросит ещё раз.</translation>
    </message>
</context>
<context>
    <name>VideoRepository</name>
    <message>
        <source>save the video</source>
        <translation>сохранить видео</translation>
    </message>
    <message>
        <source>read the video</source>
        <translation>прочитать видео</translation>
    </message>
    <message>
        <source>look up the video by content</source>
        <translation>найти видео по содержимому</translation>
    </message>
    <message>
        <source>look up the video by path</source>
        <translation>найти видео по пути</translation>
    </message>
    <message>
        <source>list the videos</source>
        <translation>получить список видео</translation>
    </message>
    <message>
        <source>count the videos</source>
        <translation>посчитать видео</translation>
    </message>
    <message>
        <source>save the tags and notes</source>
        <translation>сохранить теги и заметки</translation>
    </message>
    <message>
        <source>remove the video</source>
        <translation>удалить видео</translation>
    </message>
    <message>
        <source>Video %1 is not in the library. It may have been removed; refresh the list and try again.</source>
        <translation>Видео %1 нет в медиатеке. Возможно, его удалили; обновите список и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>YouTubeAuth</name>
    <message>
        <source>YouTube did not complete the sign-in. Try connecting again.</source>
        <translation>YouTube не завершил вход. Попробуйте подключиться ещё раз.</translation>
    </message>
    <message>
        <source>YouTube answered without a token. TravelFlow will try again.</source>
        <translation>YouTube ответил без токена. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>This Google account has no YouTube channel. Create one on YouTube, then connect again.</source>
        <translation>У этого аккаунта Google нет канала YouTube. Создайте канал на YouTube и подключитесь снова.</translation>
    </message>
    <message>
        <source>YouTube no longer accepts this sign-in (it was revoked or has expired). Reconnect the account.</source>
        <translation>YouTube больше не принимает этот вход (его отозвали или срок истёк). Подключите учётную запись заново.</translation>
    </message>
    <message>
        <source>YouTube does not accept the app&apos;s client id or secret. Check them in Settings.</source>
        <translation>YouTube не принимает client id или секрет приложения. Проверьте их в настройках.</translation>
    </message>
    <message>
        <source>YouTube refused the sign-in (%1).</source>
        <translation>YouTube отказал во входе (%1).</translation>
    </message>
    <message>
        <source>The YouTube quota for today is used up. TravelFlow continues after it resets (midnight Pacific time).</source>
        <translation>Квота YouTube на сегодня исчерпана. TravelFlow продолжит после её сброса (полночь по тихоокеанскому времени).</translation>
    </message>
    <message>
        <source>YouTube asks TravelFlow to slow down. It will continue shortly.</source>
        <translation>YouTube просит TravelFlow делать запросы реже. Работа скоро продолжится.</translation>
    </message>
    <message>
        <source>YouTube no longer accepts the saved sign-in. TravelFlow will refresh it.</source>
        <translation>YouTube больше не принимает сохранённый вход. TravelFlow обновит его.</translation>
    </message>
    <message>
        <source>YouTube says a permission is missing. Reconnect the account and allow all requested access.</source>
        <translation>YouTube сообщает, что не хватает разрешения. Подключите учётную запись заново и разрешите весь запрошенный доступ.</translation>
    </message>
    <message>
        <source>YouTube could not process the video (%1).</source>
        <translation>YouTube не смог обработать видео (%1).</translation>
    </message>
    <message>
        <source>YouTube rejected the request: %1</source>
        <translation>YouTube отклонил запрос: %1</translation>
    </message>
</context>
<context>
    <name>YouTubeInbox</name>
    <message>
        <source>Videos are listed with listPosts(), not list().</source>
        <translation>Видео запрашиваются через listPosts(), а не list().</translation>
    </message>
    <message>
        <source>Replies can only be listed for a given YouTube comment.</source>
        <translation>Ответы можно получить только для конкретного комментария YouTube.</translation>
    </message>
    <message>
        <source>Comment threads are listed for the Comments scope only.</source>
        <translation>Ветки комментариев запрашиваются только для области Comments.</translation>
    </message>
    <message>
        <source>Only comments under YouTube videos can be answered.</source>
        <translation>Ответить можно только на комментарии под видео YouTube.</translation>
    </message>
    <message>
        <source>YouTube took the reply without naming it. Check the video&apos;s comments before sending it again.</source>
        <translation>YouTube принял ответ, не сообщив его идентификатор. Проверьте комментарии к видео, прежде чем отправлять ответ снова.</translation>
    </message>
    <message>
        <source>YouTube has no private replies. Answer the comment in public instead.</source>
        <translation>В YouTube нет личных ответов. Ответьте на комментарий публично.</translation>
    </message>
    <message>
        <source>The reply is empty. Write something before sending it.</source>
        <translation>Ответ пустой. Напишите что-нибудь перед отправкой.</translation>
    </message>
    <message>
        <source>The reply has %1 characters; YouTube allows at most %2. Shorten it and send it again.</source>
        <translation>Ответ — %1 символов, а YouTube разрешает не больше %2. Сократите его и отправьте снова.</translation>
    </message>
    <message>
        <source>YouTube refused the reply because it is too long. Shorten it and send it again.</source>
        <translation>YouTube отклонил ответ, потому что он слишком длинный. Сократите его и отправьте снова.</translation>
    </message>
    <message>
        <source>YouTube no longer has this comment or video; it may have been deleted.</source>
        <translation>Этого комментария или видео больше нет на YouTube; возможно, их удалили.</translation>
    </message>
    <message>
        <source>Comments are turned off for this video on YouTube.</source>
        <translation>Комментарии к этому видео на YouTube отключены.</translation>
    </message>
    <message>
        <source>YouTube could not process the reply (%1).</source>
        <translation>YouTube не смог обработать ответ (%1).</translation>
    </message>
</context>
<context>
    <name>YouTubePublisher</name>
    <message>
        <source>YouTube no longer has this video; it may have been deleted.</source>
        <translation>Этого видео больше нет на YouTube; возможно, его удалили.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TravelFlow desktop application.</source>
        <translation>Приложение TravelFlow.</translation>
    </message>
    <message>
        <source>Use the profile in DIR.</source>
        <translation>Использовать профиль в папке DIR.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Interface language (en, ru).</source>
        <translation>Язык интерфейса (en, ru).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>TravelFlow cannot start</source>
        <translation>TravelFlow не может запуститься</translation>
    </message>
    <message>
        <source>Use the built-in simulator of TikTok, Instagram and YouTube instead of the real services (for trying TravelFlow without developer credentials).</source>
        <translation>Использовать встроенный симулятор TikTok, Instagram и YouTube вместо настоящих сервисов (чтобы попробовать TravelFlow без ключей разработчика).</translation>
    </message>
    <message>
        <source>The built-in simulator cannot start: %1</source>
        <translation>Встроенный симулятор не запускается: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>New potential customer</source>
        <translation>Новый потенциальный клиент</translation>
    </message>
    <message>
        <source>Someone asked about booking or prices. Open the inbox.</source>
        <translation>Кто-то спросил о бронировании или ценах. Откройте входящие.</translation>
    </message>
    <message>
        <source>Show AREA: library, compose, queue, inbox, analytics, accounts or settings.</source>
        <translation>Открыть раздел AREA: library, compose, queue, inbox, analytics, accounts или settings.</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>AREA</translation>
    </message>
    <message>
        <source>Unknown area &apos;%1&apos;. Use one of: %2.</source>
        <translation>Неизвестный раздел &apos;%1&apos;. Укажите один из: %2.</translation>
    </message>
</context>
<context>
    <name>travelflow::AccountCard</name>
    <message>
        <source>less than a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation>Аккаунт %1 %2</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · id %2</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Переподключить</translation>
    </message>
    <message>
        <source>Reconnect %1 account %2</source>
        <translation>Переподключить аккаунт %1 %2</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <source>Disconnect %1 account %2</source>
        <translation>Отключить аккаунт %1 %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Needs reconnecting: the platform no longer accepts TravelFlow&apos;s sign-in. Reconnect to resume publishing and inbox sync.</source>
        <translation>Нужно переподключить: платформа больше не принимает вход TravelFlow. Переподключите аккаунт, чтобы возобновить публикацию и синхронизацию входящих.</translation>
    </message>
    <message>
        <source>Needs reconnecting: %1. Reconnect to resume publishing and inbox sync.</source>
        <translation>Нужно переподключить: %1. Переподключите аккаунт, чтобы возобновить публикацию и синхронизацию входящих.</translation>
    </message>
    <message>
        <source>Disconnected. Reconnect to use this account again.</source>
        <translation>Отключён. Переподключите, чтобы снова пользоваться этим аккаунтом.</translation>
    </message>
    <message>
        <source>Access expires in %1; TravelFlow renews it automatically.</source>
        <translation>Доступ действует ещё %1; TravelFlow продлевает его автоматически.</translation>
    </message>
    <message>
        <source>Access expired %1 ago; TravelFlow renews it the next time it is needed.</source>
        <translation>Доступ истёк %1 назад; TravelFlow продлит его, когда он понадобится.</translation>
    </message>
</context>
<context>
    <name>travelflow::AccountService</name>
    <message>
        <source>Another account is being connected. Finish or cancel that first.</source>
        <translation>Уже идёт подключение другой учётной записи. Сначала завершите или отмените его.</translation>
    </message>
    <message>
        <source>There is no account %1. See &apos;accounts list&apos;.</source>
        <translation>Учётной записи %1 нет. См. &apos;accounts list&apos;.</translation>
    </message>
    <message>
        <source>TravelFlow could not revoke its access at %1 (not configured); remove it in your %1 account&apos;s security settings.</source>
        <translation>TravelFlow не смог отозвать свой доступ в %1 (платформа не настроена); удалите его в настройках безопасности аккаунта %1.</translation>
    </message>
    <message>
        <source>%1 did not confirm that TravelFlow&apos;s access was revoked (%2); remove it in your %1 account&apos;s security settings.</source>
        <translation>%1 не подтвердил отзыв доступа TravelFlow (%2); удалите его в настройках безопасности аккаунта %1.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Подключение отменено.</translation>
    </message>
</context>
<context>
    <name>travelflow::AccountTokens</name>
    <message>
        <source>Account %1 is not connected.</source>
        <translation>Учётная запись %1 не подключена.</translation>
    </message>
</context>
<context>
    <name>travelflow::AccountsPage</name>
    <message>
        <source>Dismiss the notice</source>
        <translation>Скрыть уведомление</translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>Нет подключённых аккаунтов</translation>
    </message>
    <message>
        <source>Connect TikTok, Instagram or YouTube to publish and answer comments. You approve TravelFlow in your browser; its tokens are kept only in the system keychain.</source>
        <translation>Подключите TikTok, Instagram или YouTube, чтобы публиковать видео и отвечать на комментарии. Доступ для TravelFlow вы разрешаете в браузере; его токены хранятся только в системной связке ключей.</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Подключённые аккаунты</translation>
    </message>
    <message>
        <source>Connect another:</source>
        <translation>Подключить ещё:</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Подключить %1</translation>
    </message>
    <message>
        <source>Connect a %1 account</source>
        <translation>Подключить аккаунт %1</translation>
    </message>
    <message>
        <source>Opens %1 in your browser to approve TravelFlow</source>
        <translation>Открывает %1 в браузере, чтобы вы разрешили доступ TravelFlow</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>Не удалось прочитать аккаунты: %1</translation>
    </message>
    <message>
        <source>Connected %1 account %2.</source>
        <translation>Аккаунт %1 %2 подключён.</translation>
    </message>
    <message>
        <source>Add your %1 app&apos;s %2 in Settings: TravelFlow signs in to %1 through your own %1 developer app.</source>
        <translation>Добавьте %2 вашего приложения %1 в настройках: TravelFlow входит в %1 через ваше собственное приложение разработчика %1.</translation>
    </message>
    <message>
        <source>%1 says access was not approved. Try again and choose Allow.</source>
        <translation>%1 сообщает, что доступ не разрешён. Попробуйте ещё раз и выберите «Разрешить» (Allow).</translation>
    </message>
    <message>
        <source>%1 Try again, or use the paste fallback if the browser showed an error.</source>
        <translation>%1 Попробуйте ещё раз или, если браузер показал ошибку, вставьте адрес вручную.</translation>
    </message>
    <message>
        <source>Checking what will be deleted…</source>
        <translation>Проверка того, что будет удалено…</translation>
    </message>
    <message>
        <source>Could not check what disconnecting would delete: %1</source>
        <translation>Не удалось проверить, что будет удалено при отключении: %1</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Отключение…</translation>
    </message>
    <message>
        <source>Could not disconnect %1: %2</source>
        <translation>Не удалось отключить %1: %2</translation>
    </message>
    <message>
        <source>%1 was disconnected and its data deleted. %2</source>
        <translation>Аккаунт %1 отключён, его данные удалены. %2</translation>
    </message>
    <message>
        <source>%1 was disconnected and its data deleted.</source>
        <translation>Аккаунт %1 отключён, его данные удалены.</translation>
    </message>
</context>
<context>
    <name>travelflow::AnalyticsPage</name>
    <message>
        <source>&amp;Refresh metrics</source>
        <translation>&amp;Обновить статистику</translation>
    </message>
    <message>
        <source>Refresh metrics</source>
        <translation>Обновить статистику</translation>
    </message>
    <message>
        <source>Ask the platforms for the latest views, likes, comments and shares (F5)</source>
        <translation>Запросить у платформ свежие просмотры, лайки, комментарии и репосты (F5)</translation>
    </message>
    <message>
        <source>No numbers yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <source>Publish a post from Compose; its views, likes, comments and shares appear here over time.</source>
        <translation>Опубликуйте что-нибудь в разделе «Публикация» — со временем здесь появятся просмотры, лайки, комментарии и репосты.</translation>
    </message>
    <message>
        <source>Published posts</source>
        <translation>Вышедшие публикации</translation>
    </message>
    <message>
        <source>No numbers for this post yet. Use Refresh metrics to take the first snapshot.</source>
        <translation>Для этой публикации пока нет данных. Нажмите «Обновить статистику», чтобы сделать первый снимок.</translation>
    </message>
    <message>
        <source>Show or hide this line; the scale follows what is shown.</source>
        <translation>Показать или скрыть эту линию; масштаб подстраивается под то, что показано.</translation>
    </message>
    <message>
        <source>&amp;Open on the platform</source>
        <translation>От&amp;крыть на платформе</translation>
    </message>
    <message>
        <source>Open on the platform</source>
        <translation>Открыть на платформе</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser is set up. Copy the address into a browser.</source>
        <translation>Не удалось открыть %1: веб-браузер не настроен. Скопируйте адрес в браузер.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 в %2 (%3)</translation>
    </message>
    <message>
        <source>Asking the platforms for the latest numbers…</source>
        <translation>Запрос свежих данных у платформ…</translation>
    </message>
    <message numerus="yes">
        <source>New numbers for %n post(s).</source>
        <translation>
            <numerusform>Новые данные для %n публикации.</numerusform>
            <numerusform>Новые данные для %n публикаций.</numerusform>
            <numerusform>Новые данные для %n публикаций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were refreshed less than an hour ago and were left as they are.</source>
        <translation>
            <numerusform>%n публикация обновлялась меньше часа назад и оставлена как есть.</numerusform>
            <numerusform>%n публикации обновлялись меньше часа назад и оставлены как есть.</numerusform>
            <numerusform>%n публикаций обновлялись меньше часа назад и оставлены как есть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) failed: %1 Check the accounts in Accounts, then try again.</source>
        <translation>
            <numerusform>Не удалось обновить %n публикацию: %1 Проверьте аккаунты в разделе «Учётные записи» и попробуйте снова.</numerusform>
            <numerusform>Не удалось обновить %n публикации: %1 Проверьте аккаунты в разделе «Учётные записи» и попробуйте снова.</numerusform>
            <numerusform>Не удалось обновить %n публикаций: %1 Проверьте аккаунты в разделе «Учётные записи» и попробуйте снова.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>travelflow::AppCredentialStore</name>
    <message>
        <source>%1 is not configured: TravelFlow needs your own %1 developer app&apos;s client id and secret. Set %2 and %3, or store them with &apos;travelflow-cli credentials set %4&apos; (or in Settings), or try the app with --sandbox.</source>
        <translation>%1 не настроен: TravelFlow нужны client id и секрет вашего собственного приложения разработчика %1. Задайте %2 и %3, сохраните их командой &apos;travelflow-cli credentials set %4&apos; (или в настройках) или попробуйте приложение с --sandbox.</translation>
    </message>
</context>
<context>
    <name>travelflow::ComposePage</name>
    <message>
        <source>Nothing to compose yet</source>
        <translation>Пока нечего публиковать</translation>
    </message>
    <message>
        <source>Post to</source>
        <translation>Куда публиковать</translation>
    </message>
    <message>
        <source>One caption per account; each tab counts against its platform&apos;s rules.</source>
        <translation>Отдельная подпись для каждого аккаунта; каждая вкладка проверяется по правилам своей платформы.</translation>
    </message>
    <message>
        <source>Copy caption to &amp;all</source>
        <translation>Скопировать подпись во &amp;все</translation>
    </message>
    <message>
        <source>Copy this tab&apos;s caption to every other account</source>
        <translation>Скопировать подпись с этой вкладки во все остальные аккаунты</translation>
    </message>
    <message>
        <source>Caption variants</source>
        <translation>Варианты подписи</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Опубликовать сейчас</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Post to %1 on %2</source>
        <translation>Публиковать в %2, аккаунт %1</translation>
    </message>
    <message>
        <source>%1 Reconnect it in Accounts to post there.</source>
        <translation>%1 Переподключите его в разделе «Учётные записи», чтобы публиковать туда.</translation>
    </message>
    <message>
        <source>The accounts could not be read</source>
        <translation>Не удалось прочитать аккаунты</translation>
    </message>
    <message>
        <source>No account to post to</source>
        <translation>Нет аккаунта для публикации</translation>
    </message>
    <message>
        <source>Connect an account in Accounts, then come back to write the post.</source>
        <translation>Подключите аккаунт в разделе «Учётные записи» и возвращайтесь, чтобы написать публикацию.</translation>
    </message>
    <message>
        <source>The scheduled time has already passed. Pick a later time, or choose Publish now.</source>
        <translation>Запланированное время уже прошло. Выберите более позднее время или «Опубликовать сейчас».</translation>
    </message>
    <message>
        <source>Tick at least one account to post to.</source>
        <translation>Отметьте хотя бы один аккаунт для публикации.</translation>
    </message>
    <message>
        <source>%1: waiting for TikTok&apos;s posting options for this account.</source>
        <translation>%1: ожидание параметров публикации TikTok для этого аккаунта.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) broken in this tab</source>
        <translation>
            <numerusform>%n правило нарушено на этой вкладке</numerusform>
            <numerusform>%n правила нарушены на этой вкладке</numerusform>
            <numerusform>%n правил нарушено на этой вкладке</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Запланировать</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Опубликовать сейчас</translation>
    </message>
    <message>
        <source>Cannot publish yet:
%1</source>
        <translation>Пока нельзя опубликовать:
%1</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <source>Schedule the post</source>
        <translation>Запланировать публикацию</translation>
    </message>
    <message>
        <source>Publish the post now</source>
        <translation>Опубликовать сейчас</translation>
    </message>
    <message>
        <source>Checking with the platforms and queueing the post…</source>
        <translation>Проверка на платформах и постановка публикации в очередь…</translation>
    </message>
    <message>
        <source>The post was not queued: %1</source>
        <translation>Публикация не поставлена в очередь: %1</translation>
    </message>
    <message>
        <source>The post was not queued; fix these and try again:</source>
        <translation>Публикация не поставлена в очередь; исправьте следующее и попробуйте снова:</translation>
    </message>
    <message>
        <source>• %1: %2 (rule %3)</source>
        <translation>• %1: %2 (правило %3)</translation>
    </message>
    <message>
        <source>Import videos in the Library first.</source>
        <translation>Сначала добавьте видео в «Медиатеку».</translation>
    </message>
    <message>
        <source>Tick the accounts to post to above; each gets its own caption here.</source>
        <translation>Отметьте выше аккаунты для публикации — у каждого здесь будет своя подпись.</translation>
    </message>
    <message>
        <source>The video could not be read: %1</source>
        <translation>Не удалось прочитать видео: %1</translation>
    </message>
    <message>
        <source>Video %1 is no longer in the library. Choose another one.</source>
        <translation>Видео %1 больше нет в медиатеке. Выберите другое.</translation>
    </message>
    <message>
        <source>Import videos in the Library first; then choose one here.</source>
        <translation>Сначала добавьте видео в «Медиатеку», затем выберите здесь одно из них.</translation>
    </message>
    <message>
        <source>Choose the video to post first: the newest are listed, and the search finds the others. Compose post in the Library brings a video here too.</source>
        <translation>Сначала выберите видео для публикации: в списке показаны самые новые, остальные можно найти через поиск. Видео также можно открыть здесь кнопкой «Создать публикацию» в «Медиатеке».</translation>
    </message>
    <message>
        <source>Choose the video to post at the top of the page.</source>
        <translation>Выберите видео для публикации вверху страницы.</translation>
    </message>
</context>
<context>
    <name>travelflow::ConnectPanel</name>
    <message>
        <source>Connecting an account</source>
        <translation>Подключение аккаунта</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Ожидание разрешения</translation>
    </message>
    <message>
        <source>If the browser showed an error or never came back, &amp;paste the address from your browser&apos;s address bar:</source>
        <translation>Если браузер показал ошибку или так и не вернул вас в приложение, &amp;вставьте адрес из адресной строки браузера:</translation>
    </message>
    <message>
        <source>Paste the address from your browser</source>
        <translation>Вставьте адрес из браузера</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Continue with the pasted address</source>
        <translation>Продолжить со вставленным адресом</translation>
    </message>
    <message>
        <source>Open the page &amp;again</source>
        <translation>Открыть страницу &amp;заново</translation>
    </message>
    <message>
        <source>Open the approval page in the browser again</source>
        <translation>Снова открыть страницу разрешения доступа в браузере</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Открыть &amp;настройки</translation>
    </message>
    <message>
        <source>Open Settings to add the app credentials</source>
        <translation>Открыть настройки, чтобы добавить данные приложения</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Попробовать &amp;ещё раз</translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation>Попробовать подключиться ещё раз</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>Отменить подключение</translation>
    </message>
    <message>
        <source>Connecting %1</source>
        <translation>Подключение %1</translation>
    </message>
    <message>
        <source>Preparing the sign-in page…</source>
        <translation>Подготовка страницы входа…</translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation>Ожидание вашего разрешения в браузере…</translation>
    </message>
    <message>
        <source>Could not open a browser. Use &quot;Open the page again&quot;, or open a browser yourself and try again.</source>
        <translation>Не удалось открыть браузер. Нажмите «Открыть страницу заново» или откройте браузер сами и попробуйте снова.</translation>
    </message>
    <message>
        <source>Approved; finishing the sign-in…</source>
        <translation>Доступ разрешён; завершение входа…</translation>
    </message>
    <message>
        <source>Could not connect %1</source>
        <translation>Не удалось подключить %1</translation>
    </message>
</context>
<context>
    <name>travelflow::EngagementChart</name>
    <message>
        <source>Engagement over time</source>
        <translation>Динамика вовлечённости</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Лайки</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Репосты</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s); latest %1</source>
        <translation>
            <numerusform>%n снимок; последний %1</numerusform>
            <numerusform>%n снимка; последний %1</numerusform>
            <numerusform>%n снимков; последний %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>travelflow::FileSliceDevice</name>
    <message>
        <source>A file slice is read-only.</source>
        <translation>Фрагмент файла доступен только для чтения.</translation>
    </message>
    <message>
        <source>Invalid file range.</source>
        <translation>Неверный диапазон файла.</translation>
    </message>
    <message>
        <source>The file is shorter than expected: it may have been changed or truncated since import.</source>
        <translation>Файл короче, чем ожидалось: возможно, его изменили или обрезали после добавления.</translation>
    </message>
</context>
<context>
    <name>travelflow::ImportPanel</name>
    <message>
        <source>Import progress</source>
        <translation>Ход добавления</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Остановить добавление</translation>
    </message>
    <message>
        <source>Stops after the current file; files already imported stay.</source>
        <translation>Остановится после текущего файла; уже добавленные файлы останутся.</translation>
    </message>
    <message>
        <source>Dismiss the import results</source>
        <translation>Скрыть результаты добавления</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Результаты добавления</translation>
    </message>
    <message>
        <source>Looking for videos...</source>
        <translation>Поиск видео...</translation>
    </message>
    <message>
        <source>Importing %1 of %2...</source>
        <translation>Добавление %1 из %2...</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1: добавлено</translation>
    </message>
    <message>
        <source>%1: already in the library</source>
        <translation>%1: уже в медиатеке</translation>
    </message>
    <message>
        <source>%1: not imported. %2</source>
        <translation>%1: не добавлено. %2</translation>
    </message>
    <message>
        <source>%1: skipped. %2</source>
        <translation>%1: пропущено. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) imported</source>
        <translation>
            <numerusform>%n видео добавлено</numerusform>
            <numerusform>%n видео добавлено</numerusform>
            <numerusform>%n видео добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n уже в медиатеке</numerusform>
            <numerusform>, %n уже в медиатеке</numerusform>
            <numerusform>, %n уже в медиатеке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not imported (see why below)</source>
        <translation>
            <numerusform>, %n не добавлено (причины ниже)</numerusform>
            <numerusform>, %n не добавлено (причины ниже)</numerusform>
            <numerusform>, %n не добавлено (причины ниже)</numerusform>
        </translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>, остановлено</translation>
    </message>
</context>
<context>
    <name>travelflow::InboxActions</name>
    <message>
        <source>The leads cannot be read (%1). Try again; if it keeps failing, restart TravelFlow.</source>
        <translation>Не удалось прочитать лиды (%1). Попробуйте ещё раз; если ошибка повторяется, перезапустите TravelFlow.</translation>
    </message>
    <message>
        <source>Comment or message %1 is no longer in the inbox. It may have been deleted with its account; refresh the inbox.</source>
        <translation>Комментария или сообщения %1 больше нет во входящих. Возможно, он удалён вместе с учётной записью; обновите входящие.</translation>
    </message>
    <message>
        <source>TikTok&apos;s API does not let apps answer comments; answer in the TikTok app.</source>
        <translation>API TikTok не позволяет приложениям отвечать на комментарии; ответьте в приложении TikTok.</translation>
    </message>
    <message>
        <source>Private messages are answered in the platform&apos;s own app.</source>
        <translation>На личные сообщения отвечают в приложении самой платформы.</translation>
    </message>
    <message>
        <source>This is your own reply.</source>
        <translation>Это ваш собственный ответ.</translation>
    </message>
    <message>
        <source>The platform closed replies to this comment.</source>
        <translation>Платформа закрыла ответы на этот комментарий.</translation>
    </message>
    <message>
        <source>Only Instagram has private replies to comments.</source>
        <translation>Личные ответы на комментарии есть только в Instagram.</translation>
    </message>
</context>
<context>
    <name>travelflow::InboxFilterBar</name>
    <message>
        <source>&amp;Leads only</source>
        <translation>Только &amp;лиды</translation>
    </message>
    <message>
        <source>Show only leads</source>
        <translation>Показывать только лиды</translation>
    </message>
    <message>
        <source>Only comments and messages from potential customers</source>
        <translation>Только комментарии и сообщения от потенциальных клиентов</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>Только &amp;непрочитанные</translation>
    </message>
    <message>
        <source>Show only unread items</source>
        <translation>Показывать только непрочитанные</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Поиск во входящих</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
</context>
<context>
    <name>travelflow::InboxItemDelegate</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1%</source>
        <translation>Лид %1%</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <source>on “%1”</source>
        <translation>к «%1»</translation>
    </message>
</context>
<context>
    <name>travelflow::InboxListModel</name>
    <message>
        <source>%1 on %2: %3%4</source>
        <translation>%1 в %2: %3%4</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (лид)</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Лид: %1</translation>
    </message>
</context>
<context>
    <name>travelflow::InboxPage</name>
    <message>
        <source>Syncing the inbox</source>
        <translation>Синхронизация входящих</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Sync the inbox now</source>
        <translation>Синхронизировать входящие сейчас</translation>
    </message>
    <message>
        <source>Fetch new comments and messages of every connected account and send queued replies</source>
        <translation>Загрузить новые комментарии и сообщения всех подключённых аккаунтов и отправить ответы из очереди</translation>
    </message>
    <message>
        <source>&amp;Export leads…</source>
        <translation>&amp;Экспорт лидов…</translation>
    </message>
    <message>
        <source>Export the leads to a CSV file</source>
        <translation>Экспортировать лиды в файл CSV</translation>
    </message>
    <message>
        <source>TikTok&apos;s API gives apps no comment text, only counts, so TikTok comments do not appear here; answer them in the TikTok app.</source>
        <translation>API TikTok не отдаёт приложениям текст комментариев, только их количество, поэтому комментарии из TikTok здесь не появляются; отвечайте на них в приложении TikTok.</translation>
    </message>
    <message>
        <source>Comments and messages</source>
        <translation>Комментарии и сообщения</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Комментариев пока нет</translation>
    </message>
    <message>
        <source>Connect an account; comments and messages arrive here, potential customers marked as leads.</source>
        <translation>Подключите аккаунт — комментарии и сообщения будут появляться здесь, а потенциальные клиенты будут отмечены как лиды.</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>No comment or message matches these filters. Clear the search or the filters to see everything.</source>
        <translation>Нет комментариев и сообщений, подходящих под эти фильтры. Очистите поиск или фильтры, чтобы увидеть всё.</translation>
    </message>
    <message>
        <source>Connect an account in Accounts, then press Sync now: comments and messages arrive here, potential customers marked as leads.</source>
        <translation>Подключите аккаунт в разделе «Учётные записи» и нажмите «Синхронизировать»: комментарии и сообщения появятся здесь, а потенциальные клиенты будут отмечены как лиды.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Перенесено в архив.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>%1 account %2: %3</source>
        <translation>Аккаунт %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n new item(s)</source>
        <translation>
            <numerusform>Синхронизировано: %n новая запись</numerusform>
            <numerusform>Синхронизировано: %n новые записи</numerusform>
            <numerusform>Синхронизировано: %n новых записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new lead(s).</source>
        <translation>
            <numerusform>, %n новый лид.</numerusform>
            <numerusform>, %n новых лида.</numerusform>
            <numerusform>, %n новых лидов.</numerusform>
        </translation>
    </message>
    <message>
        <source> What was fetched is kept; the next sync continues from there.</source>
        <translation> Загруженное сохранено; следующая синхронизация продолжит с этого места.</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Экспорт лидов</translation>
    </message>
    <message>
        <source>leads.csv</source>
        <translation>leads.csv</translation>
    </message>
    <message>
        <source>Exporting the leads…</source>
        <translation>Экспорт лидов…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) written to %1.</source>
        <translation>
            <numerusform>%n лид записан в %1.</numerusform>
            <numerusform>%n лида записано в %1.</numerusform>
            <numerusform>%n лидов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV для Excel</translation>
    </message>
    <message>
        <source>Save the leads as a CSV file. For Excel, choose “%1” as the file type so it reads non-English text right.</source>
        <translation>Сохранить лиды в файл CSV. Для Excel выберите тип файла «%1», чтобы Excel правильно прочитал неанглийский текст.</translation>
    </message>
</context>
<context>
    <name>travelflow::InboxPageWriter</name>
    <message>
        <source>An earlier page could not be stored; this one waits for the next sync.</source>
        <translation>Предыдущую страницу сохранить не удалось; эта подождёт следующей синхронизации.</translation>
    </message>
    <message>
        <source>save the comments and messages</source>
        <translation>сохранить комментарии и сообщения</translation>
    </message>
</context>
<context>
    <name>travelflow::InboxSync</name>
    <message>
        <source>There is no account %1. &quot;accounts list&quot; shows the ids.</source>
        <translation>Нет аккаунта %1. Номера показывает &quot;accounts list&quot;.</translation>
    </message>
    <message>
        <source>TikTok&apos;s public API gives no comment text or messages, only counts; the counts are in the post&apos;s metrics.</source>
        <translation>Публичный API TikTok не отдаёт ни текст комментариев, ни сообщения — только их количество; оно есть в статистике публикации.</translation>
    </message>
</context>
<context>
    <name>travelflow::InboxThreadView</name>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Lead state</source>
        <translation>Статус лида</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Успешный</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <source>Lead &amp;state:</source>
        <translation>&amp;Статус лида:</translation>
    </message>
    <message>
        <source>&amp;Not a lead</source>
        <translation>&amp;Не лид</translation>
    </message>
    <message>
        <source>Take it out of the leads; the lead finder learns from it (L)</source>
        <translation>Убрать из лидов; поиск лидов учтёт это (L)</translation>
    </message>
    <message>
        <source>&amp;Mark as lead</source>
        <translation>&amp;Отметить как лид</translation>
    </message>
    <message>
        <source>A potential customer; the lead finder learns from it (L)</source>
        <translation>Потенциальный клиент; поиск лидов учтёт это (L)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes for yourself (saved as you type)</source>
        <translation>Заметки для себя (сохраняются по мере ввода)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Write a reply (Ctrl+Enter sends)</source>
        <translation>Напишите ответ (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <source>Reply &amp;privately (Instagram message)</source>
        <translation>Ответить &amp;лично (сообщение в Instagram)</translation>
    </message>
    <message>
        <source>Reply privately</source>
        <translation>Ответить лично</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Отправить ответ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; в %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Открыть в %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>You · sending…</source>
        <translation>Вы · отправка…</translation>
    </message>
    <message>
        <source>You · not sent yet, trying again (%1)</source>
        <translation>Вы · пока не отправлено, повторная попытка (%1)</translation>
    </message>
    <message>
        <source>You · not sent: %1</source>
        <translation>Вы · не отправлено: %1</translation>
    </message>
    <message>
        <source>You · private reply, sent</source>
        <translation>Вы · личный ответ отправлен</translation>
    </message>
    <message>
        <source>Lead (you marked it).</source>
        <translation>Лид (отмечено вами).</translation>
    </message>
    <message>
        <source>Lead, %1% likely: %2</source>
        <translation>Лид с вероятностью %1%: %2</translation>
    </message>
    <message>
        <source>Not a lead (you marked it).</source>
        <translation>Не лид (отмечено вами).</translation>
    </message>
    <message>
        <source>Not a lead.</source>
        <translation>Не лид.</translation>
    </message>
    <message>
        <source>Marked as a lead. The lead finder learns from it.</source>
        <translation>Отмечено как лид. Поиск лидов учтёт это.</translation>
    </message>
    <message>
        <source>Marked as not a lead. The lead finder learns from it.</source>
        <translation>Отмечено как не лид. Поиск лидов учтёт это.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Select a comment or message in the list to read its conversation, answer it and sort out leads. On the list, L marks a lead and E archives.</source>
        <translation>Выберите комментарий или сообщение в списке, чтобы прочитать переписку, ответить и разобраться с лидами. В списке клавиша L отмечает лид, а E переносит в архив.</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Переписка не открыта</translation>
    </message>
</context>
<context>
    <name>travelflow::LibraryPage</name>
    <message>
        <source>Videos</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Медиатека пуста</translation>
    </message>
    <message>
        <source>Search file names, tags and notes (Ctrl+F)</source>
        <translation>Поиск по именам файлов, тегам и заметкам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Поиск в медиатеке</translation>
    </message>
    <message>
        <source>Show videos by publish state</source>
        <translation>Показать видео по статусу публикации</translation>
    </message>
    <message>
        <source>All videos</source>
        <translation>Все видео</translation>
    </message>
    <message>
        <source>Not yet posted</source>
        <translation>Ещё не опубликованы</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Опубликованы</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Добавить...</translation>
    </message>
    <message>
        <source>Import videos</source>
        <translation>Добавить видео</translation>
    </message>
    <message>
        <source>Choose video files to add (Ctrl+O), or drop files and folders here.</source>
        <translation>Выберите видеофайлы для добавления (Ctrl+O) или перетащите сюда файлы и папки.</translation>
    </message>
    <message>
        <source>&amp;Compose post</source>
        <translation>&amp;Создать публикацию</translation>
    </message>
    <message>
        <source>Compose a post for the selected video</source>
        <translation>Создать публикацию для выбранного видео</translation>
    </message>
    <message>
        <source>Write captions and publish the selected video (Enter)</source>
        <translation>Написать подписи и опубликовать выбранное видео (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected video from the library</source>
        <translation>Удалить выбранное видео из медиатеки</translation>
    </message>
    <message>
        <source>Remove from the library (Delete). The file stays on disk.</source>
        <translation>Удалить из медиатеки (Delete). Файл останется на диске.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Import videos...</source>
        <translation>Добавить видео...</translation>
    </message>
    <message>
        <source>Compose post</source>
        <translation>Создать публикацию</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Воспроизвести / пауза</translation>
    </message>
    <message>
        <source>Remove from library...</source>
        <translation>Удалить из медиатеки...</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Не удалось прочитать медиатеку: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n видео</numerusform>
            <numerusform>%n видео</numerusform>
            <numerusform>%n видео</numerusform>
        </translation>
    </message>
    <message>
        <source>No videos match</source>
        <translation>Нет подходящих видео</translation>
    </message>
    <message>
        <source>Nothing matches the search or the filter &quot;%1&quot;. Clear the search or choose &quot;All videos&quot;.</source>
        <translation>Ничего не найдено по запросу или фильтру «%1». Очистите поиск или выберите «Все видео».</translation>
    </message>
    <message>
        <source>Drop videos or folders here, or press Ctrl+O to choose files. Files are never copied or changed.</source>
        <translation>Перетащите сюда видео или папки или нажмите Ctrl+O, чтобы выбрать файлы. Файлы никогда не копируются и не изменяются.</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Удаление из медиатеки</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the library? Its posts and queued jobs go too. The file stays on disk.</source>
        <translation>Удалить «%1» из медиатеки? Его публикации и задания в очереди тоже будут удалены. Файл останется на диске.</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>Видео (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The tags were not saved: %1</source>
        <translation>Теги не сохранены: %1</translation>
    </message>
</context>
<context>
    <name>travelflow::MainWindow</name>
    <message>
        <source>TravelFlow</source>
        <translation>TravelFlow</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Медиатека</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>TravelFlow is still running</source>
        <translation>TravelFlow продолжает работать</translation>
    </message>
    <message>
        <source>TravelFlow keeps running in the tray so scheduled posts go out. Use Quit in the tray menu to close it.</source>
        <translation>TravelFlow работает в трее, чтобы запланированные публикации вышли вовремя. Чтобы закрыть его, выберите «Выход» в меню трея.</translation>
    </message>
    <message>
        <source>Sandbox mode: simulated TikTok, Instagram and YouTube at %1</source>
        <translation>Режим песочницы: симулятор TikTok, Instagram и YouTube по адресу %1</translation>
    </message>
    <message>
        <source>TravelFlow (sandbox)</source>
        <translation>TravelFlow (песочница)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new lead(s)</source>
        <translation>
            <numerusform>%1, %n новый лид</numerusform>
            <numerusform>%1, %n новых лида</numerusform>
            <numerusform>%1, %n новых лидов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>travelflow::MediaProbe</name>
    <message>
        <source>The video decoder did not answer in time. Check that the file plays in a media player.</source>
        <translation>Видеодекодер не ответил вовремя. Проверьте, что файл воспроизводится в плеере.</translation>
    </message>
    <message>
        <source>The video cannot be decoded (%1). It may use a codec this system lacks, or be damaged.</source>
        <translation>Видео не удаётся декодировать (%1). Возможно, в системе нет нужного кодека или файл повреждён.</translation>
    </message>
    <message>
        <source>The file has no video track (it is audio only).</source>
        <translation>В файле нет видеодорожки (только звук).</translation>
    </message>
</context>
<context>
    <name>travelflow::NetworkJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. TravelFlow will try again.</source>
        <translation>Не удалось соединиться с %1. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>%1 sent an incomplete answer. TravelFlow will try again.</source>
        <translation>%1 прислал неполный ответ. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>%1 asks TravelFlow to slow down. It will continue shortly.</source>
        <translation>%1 просит TravelFlow делать запросы реже. Работа скоро продолжится.</translation>
    </message>
    <message>
        <source>%1 had a server problem (HTTP %2). TravelFlow will try again.</source>
        <translation>У %1 проблема на сервере (HTTP %2). TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the saved sign-in. TravelFlow will refresh it.</source>
        <translation>%1 больше не принимает сохранённый вход. TravelFlow обновит его.</translation>
    </message>
    <message>
        <source>%1 refused the request (permission missing). Reconnect the account and allow all requested permissions.</source>
        <translation>%1 отклонил запрос (не хватает разрешения). Подключите учётную запись заново и разрешите всё запрошенное.</translation>
    </message>
    <message>
        <source>%1 rejected the request as invalid.</source>
        <translation>%1 отклонил запрос как неверный.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 ответил HTTP %2.</translation>
    </message>
</context>
<context>
    <name>travelflow::OAuthLoopbackListener</name>
    <message>
        <source>The answer from the sign-in page does not belong to the connection TravelFlow started, so it was ignored. Start connecting again from the app.</source>
        <translation>Ответ со страницы входа не относится к подключению, которое начал TravelFlow, поэтому он проигнорирован. Начните подключение заново из приложения.</translation>
    </message>
    <message>
        <source>The platform did not send an authorization code. Try connecting again from the app.</source>
        <translation>Платформа не прислала код авторизации. Попробуйте подключиться ещё раз из приложения.</translation>
    </message>
    <message>
        <source>This is not the address TravelFlow sent the browser to. Copy the whole address from the browser&apos;s address bar after allowing access.</source>
        <translation>Это не тот адрес, на который TravelFlow отправил браузер. Скопируйте весь адрес из адресной строки браузера после того, как разрешите доступ.</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Start connecting again from the app.</source>
        <translation>Браузер не прислал ответ вовремя. Начните подключение заново из приложения.</translation>
    </message>
    <message>
        <source>Access was not granted, so the account was not connected. You can try again from the app at any time.</source>
        <translation>Доступ не предоставлен, поэтому учётная запись не подключена. Попробовать снова можно из приложения в любой момент.</translation>
    </message>
    <message>
        <source>The platform reported an error (%1). Try connecting again from the app.</source>
        <translation>Платформа сообщила об ошибке (%1). Попробуйте подключиться ещё раз из приложения.</translation>
    </message>
    <message>
        <source>TravelFlow: connected</source>
        <translation>TravelFlow: подключено</translation>
    </message>
    <message>
        <source>TravelFlow: you can close this tab and return to the app.</source>
        <translation>TravelFlow: можно закрыть эту вкладку и вернуться в приложение.</translation>
    </message>
    <message>
        <source>%1 The platform said: %2</source>
        <translation>%1 Сообщение платформы: %2</translation>
    </message>
    <message>
        <source>TravelFlow: connecting failed</source>
        <translation>TravelFlow: подключиться не удалось</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Эту вкладку можно закрыть.</translation>
    </message>
    <message>
        <source>This sign-in attempt has already started; a new attempt needs a new listener.</source>
        <translation>Эта попытка входа уже начата; для новой попытки нужен новый приёмник ответа.</translation>
    </message>
    <message>
        <source>Cannot wait for the sign-in answer on 127.0.0.1 port %1: %2</source>
        <translation>Не удалось ждать ответа входа на 127.0.0.1, порт %1: %2</translation>
    </message>
    <message>
        <source>TravelFlow</source>
        <translation>TravelFlow</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>Запрос слишком большой.</translation>
    </message>
    <message>
        <source>This address only accepts sign-in answers.</source>
        <translation>Этот адрес принимает только ответы входа.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Не найдено.</translation>
    </message>
    <message>
        <source>This sign-in attempt has already ended. You can close this tab and return to the app.</source>
        <translation>Эта попытка входа уже завершена. Можно закрыть вкладку и вернуться в приложение.</translation>
    </message>
</context>
<context>
    <name>travelflow::PlatformCredentialsBox</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <source>S&amp;ecret (%1):</source>
        <translation>&amp;Секрет (%1):</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the saved %1 app credentials</source>
        <translation>Удалить сохранённые учётные данные приложения %1</translation>
    </message>
    <message>
        <source>Save to keychain</source>
        <translation>Сохранить в связку ключей</translation>
    </message>
    <message>
        <source>Save the %1 app credentials to the system keychain</source>
        <translation>Сохранить учётные данные приложения %1 в системной связке ключей</translation>
    </message>
    <message>
        <source>Could not read the system keychain: %1</source>
        <translation>Не удалось прочитать системную связку ключей: %1</translation>
    </message>
    <message>
        <source>Set by the environment (%1 and %2); these win over what is saved here.</source>
        <translation>Заданы переменными окружения (%1 и %2); они имеют приоритет над сохранёнными здесь.</translation>
    </message>
    <message>
        <source>Saved in the system keychain: %1 %2, %3 %4.</source>
        <translation>Сохранено в системной связке ключей: %1 %2, %3 %4.</translation>
    </message>
    <message>
        <source>Not set up. Connecting %1 accounts needs your own %1 developer app: create one at %2, allow the redirect address http://127.0.0.1/callback (any port) and enter its %3 and %4 here.</source>
        <translation>Не настроено. Для подключения аккаунтов %1 нужно ваше собственное приложение разработчика %1: создайте его на %2, разрешите адрес перенаправления http://127.0.0.1/callback (любой порт) и введите здесь его %3 и %4.</translation>
    </message>
    <message>
        <source>Saved; type to replace</source>
        <translation>Сохранено; введите новое значение, чтобы заменить</translation>
    </message>
    <message>
        <source>Enter both the %1 and the %2.</source>
        <translation>Введите и %1, и %2.</translation>
    </message>
    <message>
        <source>Could not save to the system keychain: %1</source>
        <translation>Не удалось сохранить в системную связку ключей: %1</translation>
    </message>
    <message>
        <source>Could not remove them from the system keychain: %1</source>
        <translation>Не удалось удалить их из системной связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>travelflow::PostComposer</name>
    <message>
        <source>TikTok has no &quot;%1&quot; videos; choose public, friends or private.</source>
        <translation>В TikTok нет видео с доступом «%1»; выберите public, friends или private.</translation>
    </message>
    <message>
        <source>This TikTok account does not offer &quot;%1&quot; (%2) right now; it offers: %3.</source>
        <translation>Этот аккаунт TikTok сейчас не предлагает «%1» (%2); доступно: %3.</translation>
    </message>
    <message>
        <source>YouTube has no &quot;friends&quot; videos; choose public, unlisted or private.</source>
        <translation>В YouTube нет видео «для друзей»; выберите public, unlisted или private.</translation>
    </message>
    <message>
        <source>Instagram Reels are seen by the account&apos;s audience; &quot;%1&quot; is not available. Leave privacy out or choose public.</source>
        <translation>Reels в Instagram видит аудитория аккаунта; «%1» недоступно. Не указывайте доступ или выберите public.</translation>
    </message>
    <message>
        <source>There is no video %1 in the library. &quot;videos list&quot; shows the ids.</source>
        <translation>В библиотеке нет видео %1. Номера показывает «videos list».</translation>
    </message>
    <message>
        <source>Name at least one account to publish to (&quot;accounts list&quot; shows the ids).</source>
        <translation>Укажите хотя бы один аккаунт для публикации (номера показывает «accounts list»).</translation>
    </message>
    <message>
        <source>Unknown privacy &quot;%1&quot;; use one of: %2.</source>
        <translation>Неизвестный доступ «%1»; используйте один из: %2.</translation>
    </message>
    <message>
        <source>There is no account %1. &quot;accounts list&quot; shows the ids.</source>
        <translation>Нет аккаунта %1. Номера показывает «accounts list».</translation>
    </message>
    <message>
        <source>Account %1 is named twice; a post goes to each account once.</source>
        <translation>Аккаунт %1 указан дважды; в каждый аккаунт публикуется один раз.</translation>
    </message>
    <message>
        <source>TikTok did not say which privacy choices this account has: %1</source>
        <translation>TikTok не сообщил, какие варианты доступа есть у этого аккаунта: %1</translation>
    </message>
    <message>
        <source>The scheduled time %1 has already passed. Pick a later time, or leave it out to publish now.</source>
        <translation>Запланированное время %1 уже прошло. Выберите более позднее время или не указывайте его, чтобы опубликовать сейчас.</translation>
    </message>
    <message>
        <source>Branded content visibility cannot be set to private. Choose who else can see it, or turn off Branded content.</source>
        <translation>Для брендированного контента нельзя выбрать приватный доступ. Выберите, кто ещё может его видеть, или отключите «Брендированный контент».</translation>
    </message>
    <message>
        <source>You need to indicate if your content promotes yourself, a third party, or both.</source>
        <translation>Вам необходимо указать, продвигает ли ваш контент вас самих, третье лицо или и то и другое.</translation>
    </message>
    <message>
        <source>The video is %1 s long; this TikTok account can post videos up to %2 s. Trim the video or pick a shorter one.</source>
        <translation>Длина видео — %1 с, а этот аккаунт TikTok может публиковать видео длиной не больше %2 с. Обрежьте видео или выберите более короткое.</translation>
    </message>
    <message>
        <source>Your video will be labeled as &quot;Paid partnership&quot;.</source>
        <translation>Ваше видео будет помечено как «Платное партнёрство».</translation>
    </message>
    <message>
        <source>Your video will be labeled as &quot;Promotional content&quot;.</source>
        <translation>Ваше видео будет помечено как «Рекламный контент».</translation>
    </message>
    <message>
        <source>By posting, you agree to TikTok&apos;s Branded Content Policy and Music Usage Confirmation.</source>
        <translation>Публикуя видео, вы соглашаетесь с Политикой TikTok в отношении брендированного контента и Подтверждением использования музыки.</translation>
    </message>
    <message>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation>Публикуя видео, вы соглашаетесь с Подтверждением использования музыки TikTok.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Friends (followers you follow back)</source>
        <translation>Друзья (подписчики, на которых вы подписаны в ответ)</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Только я</translation>
    </message>
</context>
<context>
    <name>travelflow::PublishQueue</name>
    <message>
        <source>The post to %1 was due at %2 while TravelFlow was not running; it is being published now.</source>
        <translation>Публикация в %1 была назначена на %2, когда TravelFlow не работал; она публикуется сейчас.</translation>
    </message>
    <message>
        <source>%1 of %2 posts in the last 24 hours</source>
        <translation>%1 из %2 публикаций за последние 24 часа</translation>
    </message>
    <message>
        <source>The platform has not confirmed the post yet.</source>
        <translation>Платформа ещё не подтвердила публикацию.</translation>
    </message>
    <message>
        <source>Job %1 is %2; only a job that needs attention, failed or was cancelled can be retried.</source>
        <translation>Задание %1 в состоянии %2; повторить можно только задание, которое требует внимания, завершилось ошибкой или было отменено.</translation>
    </message>
    <message>
        <source>Job %1 is already published; delete the post on the platform if it should go.</source>
        <translation>Задание %1 уже опубликовано; если публикация не нужна, удалите её на платформе.</translation>
    </message>
    <message>
        <source>There is no publish job %1. Run &quot;queue list&quot; to see the jobs.</source>
        <translation>Нет задания публикации %1. Список заданий показывает «queue list».</translation>
    </message>
    <message>
        <source>%1 could not process the video (%2).</source>
        <translation>%1 не смог обработать видео (%2).</translation>
    </message>
</context>
<context>
    <name>travelflow::PublishedPostsModel</name>
    <message>
        <source>Post</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Лайки</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Репосты</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>По состоянию на %1</translation>
    </message>
    <message>
        <source>No numbers yet: use Refresh metrics.</source>
        <translation>Данных пока нет: нажмите «Обновить статистику».</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 в %2 (%3)</translation>
    </message>
</context>
<context>
    <name>travelflow::QueueModel</name>
    <message>
        <source>Post</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Uploaded; the platform is processing the video</source>
        <translation>Загружено; платформа обрабатывает видео</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>travelflow::QueueNotifier</name>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>A post needs your attention</source>
        <translation>Публикация требует внимания</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Публикация %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is published.</source>
        <translation>«%1» опубликовано.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is published on %2.</source>
        <translation>«%1» опубликовано в %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be published.</source>
        <translation>Не удалось опубликовать «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be published on %2.</source>
        <translation>Не удалось опубликовать «%1» в %2.</translation>
    </message>
    <message>
        <source>%1 Open the queue to see what to do.</source>
        <translation>%1 Откройте очередь, чтобы узнать, что делать.</translation>
    </message>
    <message>
        <source>%1 %2 Open the queue to see what to do.</source>
        <translation>%1 %2 Откройте очередь, чтобы узнать, что делать.</translation>
    </message>
</context>
<context>
    <name>travelflow::QueuePage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Put the post back in the queue (Ctrl+R)</source>
        <translation>Вернуть публикацию в очередь (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel publishing…</source>
        <translation>&amp;Отменить публикацию…</translation>
    </message>
    <message>
        <source>Stop this post; it is not published (Delete)</source>
        <translation>Остановить эту публикацию; она не будет опубликована (Delete)</translation>
    </message>
    <message>
        <source>&amp;Open on the platform</source>
        <translation>От&amp;крыть на платформе</translation>
    </message>
    <message>
        <source>Open the published post in your browser (Enter)</source>
        <translation>Открыть вышедшую публикацию в браузере (Enter)</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Все</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>&amp;Активные</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Требуют внимания</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>Оп&amp;убликованные</translation>
    </message>
    <message>
        <source>Publishing queue</source>
        <translation>Очередь публикации</translation>
    </message>
    <message>
        <source>Selected post</source>
        <translation>Выбранная публикация</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>Очередь пуста</translation>
    </message>
    <message>
        <source>Posts you publish or schedule in Compose appear here with their progress.</source>
        <translation>Здесь вместе с ходом выполнения появляется всё, что вы публикуете или планируете в разделе «Публикация».</translation>
    </message>
    <message>
        <source>Nothing is being published</source>
        <translation>Сейчас ничего не публикуется</translation>
    </message>
    <message>
        <source>Queued, uploading and processing posts appear here. Choose All to see every post.</source>
        <translation>Здесь появляются публикации, которые ждут в очереди, загружаются или обрабатываются. Выберите «Все», чтобы увидеть все публикации.</translation>
    </message>
    <message>
        <source>Nothing needs your attention</source>
        <translation>Ничто не требует вашего внимания</translation>
    </message>
    <message>
        <source>Posts that failed or wait for you appear here with what to do.</source>
        <translation>Здесь появляются публикации с ошибками или ожидающие ваших действий — с подсказкой, что делать.</translation>
    </message>
    <message>
        <source>Nothing published yet</source>
        <translation>Пока ничего не опубликовано</translation>
    </message>
    <message>
        <source>Published posts appear here with a link to open them on the platform.</source>
        <translation>Здесь появляются вышедшие публикации со ссылкой, по которой их можно открыть на платформе.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>The post is back in the queue.</source>
        <translation>Публикация снова в очереди.</translation>
    </message>
    <message>
        <source>Cancel publishing?</source>
        <translation>Отменить публикацию?</translation>
    </message>
    <message>
        <source>Stop publishing &quot;%1&quot;? Nothing more is uploaded; you can use Retry later.</source>
        <translation>Остановить публикацию «%1»? Больше ничего не будет загружаться; позже можно нажать «Повторить».</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>Отменить публикацию</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Не отменять</translation>
    </message>
    <message>
        <source>Publishing was cancelled; use Retry to queue the post again.</source>
        <translation>Публикация отменена; нажмите «Повторить», чтобы снова поставить её в очередь.</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser is set up. Copy the address into a browser.</source>
        <translation>Не удалось открыть %1: веб-браузер не настроен. Скопируйте адрес в браузер.</translation>
    </message>
</context>
<context>
    <name>travelflow::ReplySender</name>
    <message>
        <source>The reply is empty. Write what you want to say.</source>
        <translation>Ответ пустой. Напишите, что хотите сказать.</translation>
    </message>
    <message>
        <source>TikTok&apos;s API does not let apps answer comments; answer in the TikTok app.</source>
        <translation>API TikTok не позволяет приложениям отвечать на комментарии; ответьте в приложении TikTok.</translation>
    </message>
    <message>
        <source>Item %1 cannot be answered from TravelFlow (it is a message, your own comment, or the platform closed replies).</source>
        <translation>На запись %1 нельзя ответить из TravelFlow (это сообщение, ваш собственный комментарий или платформа закрыла ответы).</translation>
    </message>
    <message>
        <source>Only Instagram has private replies to comments.</source>
        <translation>Личные ответы на комментарии есть только в Instagram.</translation>
    </message>
    <message>
        <source>Instagram allows a private reply only within 7 days of the comment; this one is older. Answer publicly instead.</source>
        <translation>Instagram разрешает личный ответ только в течение 7 дней после комментария, а этот старше. Ответьте публично.</translation>
    </message>
    <message>
        <source>Instagram allows one private reply per comment, and this comment has one.</source>
        <translation>Instagram разрешает только один личный ответ на комментарий, а у этого комментария он уже есть.</translation>
    </message>
    <message>
        <source>There is no inbox item %1. &quot;inbox list&quot; shows the ids.</source>
        <translation>Во входящих нет записи %1. Номера показывает «inbox list».</translation>
    </message>
</context>
<context>
    <name>travelflow::SchedulePicker</name>
    <message>
        <source>Publish &amp;now</source>
        <translation>Опубликовать &amp;сейчас</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Опубликовать сейчас</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>&amp;Запланировать</translation>
    </message>
    <message>
        <source>Schedule for later</source>
        <translation>Запланировать на потом</translation>
    </message>
    <message>
        <source>Scheduled date and time</source>
        <translation>Дата и время публикации</translation>
    </message>
    <message>
        <source>Time zone of the scheduled time</source>
        <translation>Часовой пояс времени публикации</translation>
    </message>
    <message>
        <source>Goes out %1.</source>
        <translation>Выйдет %1.</translation>
    </message>
</context>
<context>
    <name>travelflow::SecretStore</name>
    <message>
        <source>There is nothing to store: the secret is empty. Enter the value again, or disconnect the account to remove it.</source>
        <translation>Сохранять нечего: секрет пустой. Введите значение ещё раз или отключите учётную запись, чтобы удалить его.</translation>
    </message>
    <message>
        <source>Internal error: a keychain entry name is malformed, so the keychain was not used. Please report this problem.</source>
        <translation>Внутренняя ошибка: неверное имя записи в связке ключей, поэтому связка ключей не использовалась. Пожалуйста, сообщите об этой проблеме.</translation>
    </message>
    <message>
        <source>No saved credential was found in the system keychain. Connect the account again to sign in.</source>
        <translation>В системной связке ключей нет сохранённых данных входа. Подключите учётную запись заново.</translation>
    </message>
    <message>
        <source>TravelFlow stores account tokens only in the system keychain, so nothing was saved.</source>
        <translation>TravelFlow хранит токены учётных записей только в системной связке ключей, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <source>TravelFlow keeps account tokens only in the system keychain, so the saved sign-in could not be read.</source>
        <translation>TravelFlow хранит токены учётных записей только в системной связке ключей, поэтому сохранённый вход прочитать не удалось.</translation>
    </message>
    <message>
        <source>The saved sign-in was not removed from the keychain.</source>
        <translation>Сохранённый вход не удалён из связки ключей.</translation>
    </message>
    <message>
        <source>Open Keychain Access, make sure the login keychain exists and is unlocked, then try again.</source>
        <translation>Откройте «Связку ключей», убедитесь, что связка «вход» существует и разблокирована, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Make sure Windows Credential Manager is available for your user account, then try again.</source>
        <translation>Убедитесь, что диспетчер учётных данных Windows доступен для вашей учётной записи, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Install and unlock GNOME Keyring, KWallet or another Secret Service provider, then try again.</source>
        <translation>Установите и разблокируйте GNOME Keyring, KWallet или другую службу Secret Service и попробуйте снова.</translation>
    </message>
    <message>
        <source>Unlock the keychain and allow TravelFlow to use it, then try again.</source>
        <translation>Разблокируйте связку ключей, разрешите TravelFlow пользоваться ею и попробуйте снова.</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1).</source>
        <translation>Системная связка ключей сообщила об ошибке (%1).</translation>
    </message>
    <message>
        <source>Check that the keychain is running and unlocked, then try again.</source>
        <translation>Проверьте, что связка ключей запущена и разблокирована, и попробуйте снова.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>Системная связка ключей недоступна (%1).</translation>
    </message>
    <message>
        <source>The secret may or may not have been saved.</source>
        <translation>Секрет мог сохраниться, а мог и нет.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read.</source>
        <translation>Сохранённый вход прочитать не удалось.</translation>
    </message>
    <message>
        <source>The saved sign-in may not have been removed.</source>
        <translation>Сохранённый вход, возможно, не удалён.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it in a window that is hidden or on another screen.</source>
        <translation>
            <numerusform>Системная связка ключей не ответила за %n секунду. Возможно, она ждёт разблокировки в скрытом окне или на другом экране.</numerusform>
            <numerusform>Системная связка ключей не ответила за %n секунды. Возможно, она ждёт разблокировки в скрытом окне или на другом экране.</numerusform>
            <numerusform>Системная связка ключей не ответила за %n секунд. Возможно, она ждёт разблокировки в скрытом окне или на другом экране.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock the keychain, then try again.</source>
        <translation>Разблокируйте связку ключей и попробуйте снова.</translation>
    </message>
    <message>
        <source>the default keyring is locked</source>
        <translation>основная связка ключей заблокирована</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). It may be locked, or access was declined in its unlock prompt.</source>
        <translation>Системная связка ключей отказала в доступе (%1). Возможно, она заблокирована или доступ отклонён в окне разблокировки.</translation>
    </message>
</context>
<context>
    <name>travelflow::SettingsPage</name>
    <message>
        <source>Platform apps</source>
        <translation>Приложения платформ</translation>
    </message>
    <message>
        <source>TravelFlow signs in to each platform through your own developer app. Its credentials are kept only in the system keychain.</source>
        <translation>TravelFlow входит на каждую платформу через ваше собственное приложение разработчика. Его учётные данные хранятся только в системной связке ключей.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Takes effect after TravelFlow restarts.</source>
        <translation>Вступит в силу после перезапуска TravelFlow.</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Запускать &amp;свёрнутым в трей</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>New &amp;leads in the inbox</source>
        <translation>Новые &amp;лиды во входящих</translation>
    </message>
    <message>
        <source>Notify about new leads</source>
        <translation>Уведомлять о новых лидах</translation>
    </message>
    <message>
        <source>&amp;Publishing results (published or failed)</source>
        <translation>Результаты &amp;публикации (опубликовано или ошибка)</translation>
    </message>
    <message>
        <source>Notify about publishing results</source>
        <translation>Уведомлять о результатах публикации</translation>
    </message>
</context>
<context>
    <name>travelflow::ThumbnailCache</name>
    <message>
        <source>The video decoder did not give a frame in time.</source>
        <translation>Видеодекодер не выдал кадр вовремя.</translation>
    </message>
    <message>
        <source>The video cannot be decoded (%1).</source>
        <translation>Видео не удаётся декодировать (%1).</translation>
    </message>
    <message>
        <source>The file has no video track.</source>
        <translation>В файле нет видеодорожки.</translation>
    </message>
    <message>
        <source>The video ended before a frame could be shown.</source>
        <translation>Видео закончилось раньше, чем удалось показать кадр.</translation>
    </message>
    <message>
        <source>The video gave an empty frame.</source>
        <translation>Видео выдало пустой кадр.</translation>
    </message>
</context>
<context>
    <name>travelflow::TikTokPostingPanel</name>
    <message>
        <source>Try again</source>
        <translation>Повторить попытку</translation>
    </message>
    <message>
        <source>Ask TikTok for the account&apos;s posting options again</source>
        <translation>Снова запросить у TikTok параметры публикации для аккаунта</translation>
    </message>
    <message>
        <source>Who can see this TikTok video</source>
        <translation>Кто может смотреть это видео в TikTok</translation>
    </message>
    <message>
        <source>Choose who can see this</source>
        <translation>Выберите, кто может смотреть</translation>
    </message>
    <message>
        <source>Who can see this video</source>
        <translation>Кто может смотреть это видео</translation>
    </message>
    <message>
        <source>Allow viewers to:</source>
        <translation>Разрешить зрителям:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментировать</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>Разрешить комментарии</translation>
    </message>
    <message>
        <source>Duet</source>
        <translation>Дуэт</translation>
    </message>
    <message>
        <source>Allow duets</source>
        <translation>Разрешить дуэты</translation>
    </message>
    <message>
        <source>Stitch</source>
        <translation>Сшивка</translation>
    </message>
    <message>
        <source>Allow stitches</source>
        <translation>Разрешить сшивки</translation>
    </message>
    <message>
        <source>Disclose video content</source>
        <translation>Раскрытие информации о контенте видео</translation>
    </message>
    <message>
        <source>Disclose commercial content</source>
        <translation>Раскрыть коммерческий характер контента</translation>
    </message>
    <message>
        <source>Turn on to disclose that this video promotes goods or services in exchange for something of value. Your video could promote yourself, a third party, or both.</source>
        <translation>Включите, чтобы сообщить, что это видео продвигает товары или услуги в обмен на что-либо ценное. Ваше видео может продвигать вас самих, третье лицо или и то и другое.</translation>
    </message>
    <message>
        <source>Your brand</source>
        <translation>Ваш бренд</translation>
    </message>
    <message>
        <source>Your brand: you promote yourself or your own business</source>
        <translation>Ваш бренд: вы продвигаете себя или свой бизнес</translation>
    </message>
    <message>
        <source>You are promoting yourself or your own business. This video will be classified as Brand Organic.</source>
        <translation>Вы продвигаете себя или свой бизнес. Это видео будет отнесено к категории Brand Organic.</translation>
    </message>
    <message>
        <source>Branded content</source>
        <translation>Брендированный контент</translation>
    </message>
    <message>
        <source>Branded content: you promote another brand or a third party</source>
        <translation>Брендированный контент: вы продвигаете другой бренд или третье лицо</translation>
    </message>
    <message>
        <source>You are promoting another brand or a third party. This video will be classified as Branded Content.</source>
        <translation>Вы продвигаете другой бренд или третье лицо. Это видео будет отнесено к категории Branded Content.</translation>
    </message>
    <message>
        <source>Asking TikTok for this account&apos;s posting options…</source>
        <translation>Запрос параметров публикации для этого аккаунта у TikTok…</translation>
    </message>
    <message>
        <source>Posting to %1</source>
        <translation>Публикация в %1</translation>
    </message>
    <message>
        <source>Posting to %1 (@%2)</source>
        <translation>Публикация в %1 (@%2)</translation>
    </message>
    <message>
        <source>The creator turned this off in TikTok&apos;s settings.</source>
        <translation>Автор отключил это в настройках TikTok.</translation>
    </message>
</context>
<context>
    <name>travelflow::TikTokPublishOperation</name>
    <message>
        <source>The video file is missing or empty: %1</source>
        <translation>Видеофайл отсутствует или пустой: %1</translation>
    </message>
    <message>
        <source>The video file has changed since it was imported: %1</source>
        <translation>Видеофайл изменился после добавления: %1</translation>
    </message>
    <message>
        <source>Choose who can watch this TikTok video. TikTok requires an explicit choice.</source>
        <translation>Выберите, кто сможет смотреть это видео в TikTok. TikTok требует явного выбора.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
    <message>
        <source>TikTok does not offer &quot;%1&quot; for this account. Choose one of: %2.</source>
        <translation>TikTok не предлагает &quot;%1&quot; для этого аккаунта. Выберите одно из: %2.</translation>
    </message>
    <message>
        <source>TikTok did not say where to upload the video. TravelFlow will try again.</source>
        <translation>TikTok не сообщил, куда загружать видео. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>TikTok did not say how much of the video it has. TravelFlow will try again.</source>
        <translation>TikTok не сообщил, сколько видео он уже получил. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>The video file could not be read: %1</source>
        <translation>Не удалось прочитать видеофайл: %1</translation>
    </message>
    <message>
        <source>TikTok and TravelFlow disagree about how much of the video was uploaded.</source>
        <translation>TikTok и TravelFlow расходятся в том, сколько видео уже загружено.</translation>
    </message>
    <message>
        <source>TikTok&apos;s upload address for this video has expired.</source>
        <translation>Адрес загрузки TikTok для этого видео устарел.</translation>
    </message>
    <message>
        <source>TikTok is still processing the video. TravelFlow will check again later.</source>
        <translation>TikTok ещё обрабатывает видео. TravelFlow проверит позже.</translation>
    </message>
</context>
<context>
    <name>travelflow::TrayIcon</name>
    <message>
        <source>Show TravelFlow</source>
        <translation>Показать TravelFlow</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>TravelFlow</source>
        <translation>TravelFlow</translation>
    </message>
    <message>
        <source>Open the inbox</source>
        <translation>Открыть входящие</translation>
    </message>
    <message>
        <source>Check for new comments now</source>
        <translation>Проверить новые комментарии сейчас</translation>
    </message>
</context>
<context>
    <name>travelflow::VariantEditor</name>
    <message>
        <source>UTF-16 units (emoji count 2)</source>
        <translation>единиц UTF-16 (эмодзи — 2)</translation>
    </message>
    <message>
        <source>bytes (UTF-8)</source>
        <translation>байт (UTF-8)</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>символов</translation>
    </message>
    <message>
        <source>hashtags</source>
        <translation>хештегов</translation>
    </message>
    <message>
        <source>@mentions</source>
        <translation>@упоминаний</translation>
    </message>
    <message>
        <source>tag characters</source>
        <translation>символов в тегах</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>YouTube title for %1</source>
        <translation>Название для YouTube, аккаунт %1</translation>
    </message>
    <message>
        <source>A title people search for</source>
        <translation>Название, по которому вас будут искать</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>%1 caption for %2</source>
        <translation>Подпись для %1, аккаунт %2</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <source>YouTube tags, separated by commas</source>
        <translation>Теги YouTube через запятую</translation>
    </message>
    <message>
        <source>travel, lisbon, food</source>
        <translation>путешествия, лиссабон, еда</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Теги</translation>
    </message>
    <message>
        <source>YouTube privacy</source>
        <translation>Доступ на YouTube</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Открытый доступ</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Доступ по ссылке</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Доступ</translation>
    </message>
    <message>
        <source>• %1 (rule %2)</source>
        <translation>• %1 (правило %2)</translation>
    </message>
    <message>
        <source>%1: %2 / %3 %4</source>
        <translation>%1: %2 / %3 %4</translation>
    </message>
</context>
<context>
    <name>travelflow::VideoDetailsPanel</name>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Частота кадров</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>Кодеки</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Размер файла</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>beach, sunset, bali</source>
        <translation>пляж, закат, бали</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Comma-separated tags; press Enter to save. Search finds videos by tag.</source>
        <translation>Теги через запятую; нажмите Enter, чтобы сохранить. Поиск находит видео по тегам.</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Теги</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1, turned %2°</source>
        <translation>%1, повёрнуто на %2°</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 кадр/с</translation>
    </message>
    <message>
        <source>not recorded in the file</source>
        <translation>не записано в файле</translation>
    </message>
    <message>
        <source>open map</source>
        <translation>открыть карту</translation>
    </message>
</context>
<context>
    <name>travelflow::VideoImporter</name>
    <message>
        <source>skipped: not a video file</source>
        <translation>пропущено: не видеофайл</translation>
    </message>
</context>
<context>
    <name>travelflow::VideoListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, posted</source>
        <translation>%1, опубликовано</translation>
    </message>
    <message>
        <source>%1, a post failed</source>
        <translation>%1, ошибка публикации</translation>
    </message>
    <message>
        <source>%1, queued</source>
        <translation>%1, в очереди</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>travelflow::VideoPicker</name>
    <message>
        <source>&amp;Video:</source>
        <translation>В&amp;идео:</translation>
    </message>
    <message>
        <source>Video to post</source>
        <translation>Видео для публикации</translation>
    </message>
    <message>
        <source>The newest videos of the library; search to find older ones.</source>
        <translation>Самые новые видео из медиатеки; более старые можно найти через поиск.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Поиск в медиатеке</translation>
    </message>
    <message>
        <source>Search by name, tag or note</source>
        <translation>Поиск по имени, тегу или заметке</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Не удалось прочитать медиатеку: %1</translation>
    </message>
    <message>
        <source>The newest %1 of %2 are listed; search to find the others.</source>
        <translation>Показаны %1 самых новых из %2; остальные можно найти через поиск.</translation>
    </message>
    <message>
        <source>Choose a video to post…</source>
        <translation>Выберите видео для публикации…</translation>
    </message>
    <message>
        <source>No video matches “%1”</source>
        <translation>По запросу «%1» видео не найдено</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of %n matching video(s)…</source>
        <translation>
            <numerusform>Выберите одно из %n найденного видео…</numerusform>
            <numerusform>Выберите одно из %n найденных видео…</numerusform>
            <numerusform>Выберите одно из %n найденных видео…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>travelflow::VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Предпросмотр видео</translation>
    </message>
    <message>
        <source>Play or pause the preview</source>
        <translation>Воспроизвести или приостановить предпросмотр</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Воспроизвести / пауза (Пробел)</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Позиция воспроизведения</translation>
    </message>
    <message>
        <source>This video cannot be played here (%1). It can still be published.</source>
        <translation>Это видео нельзя воспроизвести здесь (%1). Опубликовать его всё равно можно.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Click or press Space to play</source>
        <translation>Щёлкните или нажмите Пробел, чтобы воспроизвести</translation>
    </message>
</context>
<context>
    <name>travelflow::VideoTileDelegate</name>
    <message>
        <source>Posted</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
</context>
<context>
    <name>travelflow::YouTubePublishOperation</name>
    <message>
        <source>YouTube did not open an upload session. TravelFlow will try again.</source>
        <translation>YouTube не открыл сеанс загрузки. TravelFlow попробует ещё раз.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The video file cannot be read: %1</source>
        <translation>Видеофайл не читается: %1</translation>
    </message>
    <message>
        <source>YouTube finished the upload without naming the video. TravelFlow will ask again.</source>
        <translation>YouTube завершил загрузку, не сообщив идентификатор видео. TravelFlow спросит ещё раз.</translation>
    </message>
</context>
</TS>
