#include "lead_lexicon.h"

#include <algorithm>

namespace travelflow::leads {

namespace {

// Phrases per concept, separated by '|'. English, Russian, and the transliterations and
// typos people really write. Matching works on lowercase text with "ё" folded to "е".
struct Entry
{
    Concept kind;
    const char *phrases;
};

constexpr Entry kEntries[] = {
    {Concept::PriceAsk,
     "how much|hou much|how mutch|how mch|hw much|price|prices|priced|pricelist|prise*|pricing|cost|costs|"
     "rate|rates|fee|fees|tariff*|quote|what do you charge|charge|per person|pp|usd|eur|dollars|euro|"
     "euros|сколько стоит*|сколько стоя*|сколько будет|сколько за|сколько берете|сколько это|"
     "сколько по деньгам|скока|скоко|сколко|сколька|стоимост*|стоемост*|цена|цены|цену|ценой|ценник*|"
     "почем|по чем|прайс*|расценк*|обойдет*|во сколько|за сколько|по стоимости|по цене|руб|рубл*|тыс*|"
     "skolko|stoit|cena|tsena|early bird|discount|total|how much wld|how much would|how much is it|ценник|"
     "стоимость тура|сколько стоит тур*|base price|cheaper|discount*|скидк*|дешевле|с перелетом|"
     "без перелета|за неделю|за человека|за двоих|w o flights|without flights|incl|including|включено|"
     "входит|выйдет|во что обойдется|сколько на|входит в стоимость|что входит|what s included|included|"
     "damage|set me back|charging|per night|price include|does the price|за ночь|в сутки|доплат*|скок|"
     "скиньте цены|скинь цены|what s the price|the price|рассрочк*|installment*|instalment*|payment plan|"
     "стоймост*|стоимасть|стоемасть|стоимось|сколь стоит|ск стоит|ск стоят|скок стоит|скока стоит|сколько "
     "стоят|сколько будет стоить|какая цена|цена какая|цену скажите|цену подскажите|по деньгам сколько|по "
     "бюджету|бюджет тура|какой бюджет на тур|с человека|с носа|с каждого|за одного|за всех|за "
     "участие|стоимость участия|участие сколько|прайс лист|прайслист|цены на тур*|how much for|price "
     "for|cost for|what s the cost|what is the cost|ballpark|сколько стоет|стоет|стоют|по деньгам|по "
     "ценам|по прайсу|что по цене|че по цене|чо по цене|что по деньгам|че по деньгам"},
    {Concept::Availability,
     "availab*|avalab*|avaliab*|spots|spot left|spot for|spot on|spot in|one spot|a seat|seats|room for|"
     "space for|openings|dates|date|still open|any left|sold out|next tour|next trip|next one|"
     "when is the next|when s the next|when does the next|is there room|any room|free spots|upcoming|"
     "schedule|есть мест*|мест* есть|мест* остал*|остал* мест*|свободн*|есть ли мест*|места на|места в|"
     "мест на|мест в|даты|дата|дату|когда следующ*|следующ* тур*|следующ* поездк*|ближайш*|на майские|"
     "когда будет|когда поедете|когда едете|когда следующая|расписани*|в какие дни|еще есть|again|"
     "next spring|next summer|next year|this year|another|waitlist|wait list|full already|still open|"
     "anything planned|planned|повторн*|снова|еще раз|когда теперь|следующий|следующая|следующую|окошко|"
     "местечко|есть ли|будет ли|возите|планируете|набор*|availble|avail|avalible|anything in|anything on|"
     "anything for|still places|places on|что то на|что то будет|будет что то|мест нет|мест уже нет|"
     "нет мест|hold a spot|придержать|на новый год|на праздники|актуально|еще актуально|набрана|набран*|"
     "набор*|заезд*|успеть|планируется|планирует*|run this tour|do you run|when do you run|in november|"
     "in december|in january|свободен|свободна|свободно|будет ли тур|vacancies|vacancy|room on|"
     "fully booked|one more spot|one more place|hold two|hold a place|single room|найдется|еще одно место|"
     "есть вариант|если будет место|одноместн*|вариант покороче|по датам|датам|одно место|что нибудь на|"
     "лист ожидания|листе ожидания|waiting list|тоже делаете|"
     "слот*|дат|датах|датами|датой|какие числа|на какие числа|какого числа|числа на|график*|календар*|старт "
     "продаж*|продаж*|продажи откр*|когда откро*|откро* запис*|открыт* запис*|открыт* "
     "набор*|набира*|выезд*|ближайший|ближайшая|ближайшее|когда стартует|когда старт|старт тура|still "
     "space|any space|space left|space on|departure*|when are you going again|места еще|место еще|хоть одно "
     "место|есть место|есть два места|осталось место|остались места|будете проводить|будете "
     "повторять|повторять будете|повторите|повторяете|будет проводиться|проводится ли|проводиться|"
     "есть что то|есть что нибудь|что то есть|будет что нибудь|что нибудь будет|будут туры|будут ли "
     "туры|будет тур|будут поездки|будет поездка|будут ли поездки|будут ли|"
     "бывают|бывает ли|место на|мне бы место|нам бы место"},
    {Concept::Booking,
     "book|booking|bookin|bookings|reserve|reservation|reservations|reserved|reserving|sign up|signup|"
     "sign me up|register|registration|join|joining|deposit|pay|payment|prepay*|enroll|enrol|how do i|"
     "how can i|count me in|брон*|заброни*|забрани*|записат*|запиш*|запись|оплат*|предоплат*|присоедин*|"
     "поехать с вами|с вами|возьмет*|взять|участ*|хочу к вам|можно к вам|можно с вами|как попасть|bron|"
     "broni*|count me in|i m in|im in|sign me|put me|waitlist|booking process|checkout|pay for|transfer|"
     "invoice|я в деле|беру|куда платить|как внести|оформлени*|оформить|записи|записаться|записывайте|"
     "возьмите|хочу с вами|едем с вами|реквизит*|зарезервир*|резерв*|paypal|card payment|by card|"
     "get on this trip|go with you|come with you|с вами поехать|поеду с вами|хочу с вами|zapis*|"
     "kak zapis*|bronirov*|kupit|купить тур|signing up|how to join|hire|hire you|get in|still get in|"
     "can i still|can we still|how do i book|как к вам попасть|попасть в тур|сгоняла|сгонять|записалась|"
     "записался|берите меня|я бы записалась|я бы поехала|я бы поехал|take my money|заберите мои деньги|"
     "берите мои деньги|get on your|get on the|берете|оставьте мне|save me a|"
     "записыва*|запишусь|запишемся|оформ*|платить|плачу|заплачу|заплатим|оплачу|оплачиваю|оплачу "
     "сразу|куплю|купим|покупаю|покупаем|купить путевку|приобрест*|приобрету|впиш*|впису*|забейте|займите "
     "место|занимаю место|придерж*|держите место|оставьте место|бронирую|бронируем|бронируйте меня|поедем с "
     "вами|едем к вам|готов* ехать|готов* платить|готов* оплатить|готов* бронировать|готовы "
     "бронировать|ready to book|book with you|book you|gift certificate*|gift "
     "card*|voucher*|подарочн*|сертификат*|i ll take it|we ll take it|sign us up|put us down|book us|reserve "
     "us|count us in|куда переводить|куда перевести|куда скинуть деньги|куда отправить деньги|перевести "
     "предоплату|переведу|переводить деньги|перевести деньги|перевод на карт*|куда деньги|попасть в "
     "группу|попасть к вам|попасть на тур|реально ли попасть|успеть попасть|"
     "внести|внесу|закрепить место|закрепить за собой|закрепите|запрыгн*|вписаться|"
     "с оплатой|по оплате|половину|частями|берете людей|еще берете|"
     "у вас с оплатой|как с оплатой"},
    {Concept::Contact,
     "dm|dms|dmd|pm|inbox|message me|msg me|text me|contact|contacts|contact me|email|e mail|mail|"
     "whatsapp|telegram|call me|reach out|get in touch|sent you|send you|wrote you|messaged you|write me|"
     "hmu|in direct|direct message*|в личк*|в лс|лс|личку|личные|в "
     "директ|директ|директе|директа|директу|написал*|напиши*|свяж*|"
     "связат*|контакт*|ватсап*|вотсап*|телеграм*|телег*|тг|позвон*|номер|почта|почту|почте|почтой|"
     "личн* сообщ*|emailed|texted|messaged|messaged u|msg d|request|website|form|wrote in|replied|reply|"
     "пишу|жду ответа|в директе|менеджер*|ответьте|отпишитесь|напишу|писала|писал|заявк*|сайт*|info|"
     "details|detail|more info|send me|инфу|инфо|скиньте|скинь|подробност*|отправил*|отправила сообщение|"
     "уточнит*|ring|number i can|wrote to you|waiting for an answer|ответа|прошу связаться|"
     "связаться со мной|dmed|dm ed|pmed|pmd|inboxed|отписал* вам|вайбер*|viber|"
     "личк*|перезвон*|отпиши*|маякни*|черкани*|черкните|стукни*|дайте знать|дай "
     "знать|сообщите|вацап*|ватцап*|whats app|вотсапп*|вайбер|жду звонка|жду связи|жду сообщени*|скиньте "
     "контакт*|оставил* номер|оставил* заявк*|свой номер|мой номер|slid into|sent a message|sent a "
     "dm|dropped you|дозвон*|наберите меня|набери меня"},
    {Concept::Group,
     "for two|for 2|for three|for 3|for four|for 4|for five|for us|for my|family|families|kids|children|"
     "group|groups|company|team|colleagues|corporate|private tour|private trip|private|custom|tailor*|"
     "organise|organize|organising|organizing|friends|couple|people|persons|pax|we are|of us|на двоих|"
     "на троих|на четверых|на пятерых|на семью|семья|семьи|семье|семью|семьей|семейн*|дети|детей|детям|"
     "детьми|детск*|ребен*|групп*|компани*|корпоратив*|коллег*|тимбилдинг*|индивидуальн*|организ*|человек|"
     "чел|нас|друз*|вдвоем|втроем|вчетвером|пара|пару|пары|парой|honeymoon|solo|me and my|my mom|my wife|"
     "my husband|my kids|wheelchair|school|students|школьн*|для одной|для двоих|для нас|с мужем|с женой|"
     "с мамой|с ребенком|с детьми|медовый|offsite|birthday|bachelor*|hen party|boss|coworkers|мальчишник*|"
     "девичник*|юбиле*|день рождени*|студент*|одноклассник*|выпускн*|two of us|the two of us|teambuilding|"
     "team building|for my wife|for my husband|for my parents|с родителями|для нашей|для нашего|"
     "нашей компании|наша компания|наш коллектив|school group|ветеран*|пенсионер*|выпускной|for my mum|"
     "for my mom|на одного|single|"
     "свадебн*|свадьб*|молодожен*|годовщин*|сотрудник*|отдел|отдела|отделом|отделу|коллектив*|команда|"
     "команды|команде|командой|команду|офис*|с подругой|с подругами|с подруг*|с сестрой|с дочкой|с дочерью|с "
     "сыном|с друзьями|с другом|с парнем|с девушкой|с внуками|с бабушкой|с родней|всей семьей|всей "
     "компанией|на всю семью|для сотрудников|для команды|для коллектива|для класса|для "
     "детей|взрослых|wedding|anniversary|our staff|employees|our office|the whole family|my team|our "
     "team|group of"},
    {Concept::Offer,
     "tour|tours|trip|trips|excursion*|guide|guided|retreat|package|itinerary|expedition|hike|trek*|camp|"
     "journey|adventure|program*|тур|тура|туры|туру|туре|туров|туром|поездк*|экскурс*|гид|гида|гиду|гидом|"
     "гиды|гидов|поход|похода|походе|походы|маршрут*|программ*|ретрит*|экспедиц*|путевк*|турам|турах|"
     "турик*|турбаз*|tur|touring|guesthouse|homestay|glamping|cruise|safari|workshop|masterclass|"
     "photo tour|phototour|yoga|фототур*|йога*|гестхаус*|гостев*|сплав*|круиз*|джип*|мастер класс*|"
     "фотосесси*|your guesthouse|your tour|your trip|your tours|your trips|your camper|your boat|"
     "your place|your house|your apartment|your homestay|the one from the video|ваш* тур*|ваш* поездк*|"
     "ваш* кварт*|ваш* кемпер*|ваш* дом*|ваш* гестхаус*|ваш* лодк*|ваш* экскурс*|ваш* программ*|"
     "walking holiday|holiday with you|"
     "из видео|как на видео|как в видео|с видео|в этом видео|из этого видео|из ролика|как в ролике|в "
     "ролике|из последнего видео|как у вас на видео|в последнем ролике|в последнем видео|в прошлом ролике|в "
     "прошлом видео|в новом ролике|в новом видео|у вас в ролике|у вас в видео|у вас на видео|in your last "
     "video|in the last video|in your latest video|in the latest video|из последнего ролика|из прошлого "
     "видео|из прошлого "
     "ролика|из видоса|как в видосе|в видосе|из рилса|в рилсе|из сторис|в сторис|in the video|from the "
     "video|in this video|from this video|in your video|from your video|you showed|you went to|как вы "
     "показали|что вы показали|такой же тур|такое же|такую же|same as in|the same trip|джип тур*|джиппинг*|с "
     "водителем|with driver|with a driver|трансфер*|kayak*|каяк*|байдарк*|рафтинг*|rafting|конн* "
     "прогулк*|катани*|прогулк*|сафари|тур выходного дня|инструктор*|instructor"},
    {Concept::Intent,
     "we want|i want|want to|would like|wanna|interested|we plan|can we|can i|could you|could we|"
     "we d like|i d like|looking for|хотим|хочу|хотели|хотела|хотел|планиру*|интерес*|интересует|можно|"
     "подскажите|хотелось бы"},
    {Concept::CreatorExpense,
     "your drone|your camera|your gear|your lens|your flight|your flights|your hotel|your setup|your car|"
     "did it cost|did this cost|did that cost|does it cost you|cost you|did you pay|you pay|you spend|"
     "you spent|did you spend|your budget|how much was your|how much were your|your trip cost|твой дрон|"
     "твоя камера|твою камер*|твоей камер*|вашей камер*|ваша камера|ваш дрон|твой объектив|стоил|стоила|"
     "стоило|стоили|обошл*|тебе обош*|вам обош*|потратил*|заплатил*|ты платил*|вы платил*|твой бюджет|"
     "ваш бюджет|did u pay|u pay|did you buy|you bought|your jacket|your backpack|your tent|your boots|"
     "your shoes|wearing|your outfit|брали|брал|купил*|ты брал*|твой рюкзак|твоя куртк*|твои кроссовк*|"
     "на тебе|skolko stoil|stoil|dron|charge you|what did|your total|total spend|how did you|you guys pay|"
     "вышло|у вас с|был отель|вы жили|как вы бронировали|как ты|вам это|potratil*|потратили|spent|spend|"
     "how much was the|how much were the|how much do you make|твоя техника|вся твоя|ты зарабатываешь|"
     "сколько зарабатываешь|how much did|what did you pay|отдали|ты отдал*|обошел*|вам стоил*|тебе стоил*|"
     "ушло на|уходит в месяц|на какие деньги|how do you afford|how do you fund|paid by|вам платят|"
     "тебе платят|did you book|did you reserve|you booked|вы бронировали|ты бронировал*|вы заказывали|"
     "платили|платил|платила|выложили|сколько вышло|pay for your|pays for your|paid for your|who pays|кто "
     "оплачивает|кто спонсирует|спонсир*|за чей счет|кто платит за|ваша поездка стоила|сколько у вас ушло"},
    {Concept::PriceComplaint,
     "expensive|overpriced|pricey|rip off|ripoff|so much money|prices went|crazy prices|prices are crazy|"
     "insane|afford|too much|robbery|дорог*|космос|грабеж*|взлетел*|подорож*|кусаются|неподъем*|развод*|"
     "обдираловк*|с ума сошл*|не по карману|дороговат*|cheaper than|more expensive than|дешевле чем|"
     "дороже чем|than bali|чем в|crazy|these days|недорого|cheap|смешные|joke|would never pay|never pay|"
     "that much|worth the price|was it worth|стоило того|на 1000 рублей|для богатых|rich people|переплат*|"
     "inflation|инфляци*|doubled|в два раза|в разы|prices went up|overrated|переоценен*|конск*|fortune|"
     "целое состояние|through the roof|sky high|skyrocket*|улетели|заоблачн*|"
     "в три раза|в пять раз|в десять раз|раза дешевле|раза дороже|раз дешевле|раз дороже|дешевле в|дороже "
     "в|в три раза дешевле|выходит дешевле|намного дешевле|гораздо дешевле|гораздо дороже|намного дороже|"
     "денег нет|нет денег|не потяну|накоплю|коплю|копить"},
    {Concept::BookedElsewhere,
     "booked with|booked through|booked via|another agency|other agency|another company|another guide|"
     "different company|elsewhere|already booked|went with|через другого|через другую|через друг*|"
     "другого гида|другой компани*|другое агентство|другом агентств*|уже забронировал*|уже съездил*|"
     "уже ездил*|уже были|в другой фирм*|through our hotel|через отель|already bought|уже купили|"
     "reserved us|booked us|забронировал* нам|another operator|different operator|другим оператором|"
     "другого оператора|другим туроператором|другой турфирм*|local agency|local company|местной компанией|"
     "местным агентством|через агентство|"
     "к другому|у другого|другому организатору|другого организатора|другой организатор|другим "
     "организатором|у конкурент*|конкурент*|другой гид|с другим гидом|в другом агентств*|у других|в другом "
     "месте|у местных|на месте взяли|на месте купили|на месте нашли|у другой|с другой компанией|another "
     "organizer|other organizer|with someone else|on the spot|locally|"
     "другой тур|другую поездку|другую экскурсию|another group|another trip|with a local|local guy|с "
     "местными|somewhere else|где то еще|на авито|через авито|на букинге|через букинг|на суточно"},
    {Concept::Spam,
     "follow me|follow back|followers|check my|my page|my profile|my channel|link in bio|subscribe|"
     "giveaway|promo|earn|crypto|investment|f4f|sub4sub|l4l|cheap followers|visit my|dm me for|подпиш*|"
     "подписыва*|мой канал|мою страниц*|мой профиль|моя страниц*|заработ*|крипт*|взаимн*|ссылка в профиле|"
     "промокод*|раскрут*|переходи*|заходи* ко мне|grow your page|views|promote|partnership|collab|"
     "collaboration|advertis*|sponsor*|реклам*|сотрудничеств*|коллаб*|бартер*|продвижени*|book with me|"
     "i m a guide|im a guide|we sell|my agency|my hotel|взаимопиар|у меня тоже|у меня отель|мы продаем|"
     "продаем туры|наш тур*|наше агентство|we also|also organize|message us|write us|пишите нам|"
     "напишите нам|продаю|продаем|делаем туры|туры туда же|best prices|trading|forex|зарабат*|join my|"
     "телегу пиши|пиши в телег*|недорого пишите|cheap transfer|brand ambassador*|ambassador*|"
     "travel buddies|buddies|попутчик*|смотрите наш|наш профиль|we offer|same tour|дешевле на|"
     "travel agent|турагент*|я гид|я тоже гид|обращайтесь|i can get you|сделаю дешевле|сделаю вам|"
     "our hostel|our hotel|our guesthouse|наш хостел|наш отель|наш гестхаус|book on our|бронируйте у нас|"
     "we run|мы проводим|мы организуем|check out my|check out our|visit our|my blog|my insta|my ig|"
     "my youtube|my tiktok|мой блог|в шапке профиля|накрутк*|real followers|real views|click the link|"
     "ask me how|passive income|пассивн* доход*|signals|сигналы|selling my|brand partnership|proposal|"
     "предложение по рекламе|work together|поработаем вместе|сотруднич*|тоже проводим|тоже делаем|"
     "тоже организуем|тоже возим|we also run|we do tours|посотруднич*|our agency|"
     "ко мне в профиль|ко мне на страниц*|ко мне в канал|ко мне в блог|загляни* ко мне|у меня в профиле|у "
     "меня в шапке|у меня на странице|у меня туры|мои туры|свои туры|своих туров|моих туров|мои "
     "экскурси*|дам скидку|даю скидку|сделаю скидку|у меня дешевле|у нас дешевле|наши туры|наших "
     "туров|сдам|сдаю|сдается|сдаем|посуточно|продам|my tours|our tours|i also guide|i do the same|cheaper "
     "with me|"
     "делает дешевле|делаем дешевле|делаю дешевле|does this cheaper|does it cheaper|наша турфирма|наша "
     "фирма|our tour company|our company|смотри био|see bio|в био|in bio|организую*|провожу туры|вожу "
     "группы|вожу туры|я организатор|ищем блогер*|ищем тревел*|looking for bloggers|looking for "
     "creators|вакансия|вакансии|в нашем магазине|наш магазин|our shop|our store"},
    {Concept::Gear,
     "camera|drone|lens|gopro|phone|iphone|gimbal|mic|editing|edit|filter|preset|shot on|what app|камер*|"
     "дрон*|объектив*|гопро|телефон*|айфон|монтаж*|снимал*|снято|фильтр*|на что снима*|какой программ*|"
     "microphone|stabilizer|стабилизатор*|lut|luts|davinci|premiere|lightroom|power bank|powerbank|"
     "павербанк*|аккумулятор*|цветокор*"},
    {Concept::Music,
     "song|music|track|soundtrack|audio|песн*|музык*|трек*|мелоди*|playlist|плейлист*|shazam|шазам*"},
    {Concept::Visa,
     "visa|visas|passport|виза|визу|визы|визой|визов*|паспорт*|"
     "визовый центр|визовом центре|консульств*|посольств*|embassy|consulate|"
     "viza|vizu|vizy"},
    {Concept::Safety,
     "safe|safety|dangerous|danger|scary|crime|безопасн*|опасн*|страшно|криминал*|клещ*|змей|змеи|медвед*|"
     "bears|snakes"},
    {Concept::Season,
     "best time|season|weather|when to go|what month|which month|time of year|"
     "сезон*|погод*|когда лучше|в какое время|какой месяц|холодно|жарко|лучшее время|crowded|how "
     "cold|многолюдно|туристов много|"
     "school holidays|каникул*|holidays there"},
    {Concept::Food,
     "food|eat|eating|restaurant*|cafe|dish|dishes|cuisine|breakfast|lunch|dinner|meal|meals|обед|обеда|"
     "ужин|ужина|завтрак*|столов*|еда|еду|еды|поесть|кухн*|ресторан*|кафе|блюд*|покушать|"
     "рецепт*|recipe*"},
    {Concept::Where,
     "where is|where was|where s this|where is this|what place|location|where exactly|где это|где снимал*|"
     "что за место|где находит*|где это место|как называется|is this in|is that in|which beach|what beach|"
     "which village|what village|which lake|what lake|name of this|coordinates|координат*|"
     "ссылку на|ссылочку на|link to|название отеля|name of the hotel|what hotel|which hotel|какой отель|что "
     "за отель|как называется отель"},
    {Concept::Goods,
     "beer|taxi|uber|ferry|gas|fuel|petrol|tickets|ticket|entrance|entry|parking|rent|rental|sim|jacket|"
     "backpack|tent|boots|shoes|souvenir*|coffee|drinks|hostel|airbnb|booking com|flights|flight|bus|"
     "train|пиво|такси|паром*|бензин*|билет*|вход|входной|входные|входа|парковк*|аренд*|симк*|куртк*|"
     "рюкзак*|палатк*|шаурм*|кофе|жиль*|хостел*|перелет*|самолет*|автобус*|поезд|поезда|поезде|поездом|"
     "поездов|сувенир*|продукт*|еда|бутылк*|cable car|permit*|room near|tip|tips|канатк*|въезд*|столик*|"
     "на чай|чаевые|связь|интернет|cash|currency|dollars|som|валют*|наличн*|налик*|trains|жизнь|"
     "cost of living|living|в месяц|per month|metro|subway|tram|метро|трамва*|have to pay|need to pay|"
     "pay to enter|платный|платная|платное|платно|"
     "подъемник*|скипасс*|ски пасс*|skipass|ski "
     "pass|lift|поменять|обменять|обмен*|обменник*|банкомат*|atm|exchange|"
     "average|средняя цена|средние цены|средний ценник|в среднем|fair price|normal price|нормальная цена|"
     "музе*|нацпарк*|национальн* парк*|заповедник*|храм*"},
    {Concept::SelfTravel,
     "on our own|on my own|ourselves|by ourselves|myself|no guide|without a guide|what should i pack|"
     "what to pack|what to see|recommend|recommendations|tips for|how do i get|how to get|сами|самому|"
     "самим|самостоятельно|без гида|что посмотреть|где поесть|посоветуйте|посоветуете|что взять|"
     "как добраться|как доехать|на машине|на легковушке|своим ходом|дикарем|kid friendly|friendly|"
     "is it hard|should i bring|нормально с|нормально ли|подойдет ли|можно ли с|on a budget|budget travel|"
     "бюджетно|on my list|bucket list|sorted|в списке|в планах|rental car|rent a car|арендованн*|"
     "where to stay|place to stay|где остановиться|easy to book|hard to book|need to book|have to book|"
     "легко забронировать|сложно забронировать|трудно забронировать|нужно бронировать|надо бронировать|"
     "need to reserve|have to reserve|"
     "кто знает|кто нибудь|кто в курсе|кто был|кто ездил|подскажите кто|anyone know|does anyone|has "
     "anyone|anybody|на заметку|в закладк*|сохранил*|сохраню|сохраняю|saved|saving this|bookmark*|беру на "
     "заметку|возьму на заметку|взяла на заметку|взял на заметку|"
     "беру пример|беру на вооружение|берите с собой|берете с собой|брать с собой|записываю все|записала "
     "себе|записал себе|записываю себе|записываю в заметки"},
    {Concept::Past,
     "did this|did it|went|we went|was there|were there|last year|my wife booked|we were|i was in|"
     "i was at|i was on|ездили|были|съездили|был там|была там|в прошлом году|летали|ездила|ездил|"
     "you inspired|inspired|first solo|ourselves|doing it ourselves|"
     "last time|в прошлый раз|прошлым летом|прошлой зимой"},
    {Concept::Content,
     "video|videos|vlog|vlogs|episode|part 2|new video|next video|channel|algorithm|content|reel|reels|"
     "влог*|видео|видос*|серия|серию|серии|выпуск|выпуски|выпуска|ролик*|контент*|канал*|рилс*|алгоритм*|"
     "продолжение|watch again|colour grading|color grading|grading|next episode|stream|стрим*|trailer|"
     "upload*|newsletter|рубрик*|where to next|where are you going next|where s your next|"
     "next destination|куда дальше|куда поедете|куда следующ*|the book|a book|this book|that book|"
     "your book|книга|книгу|книги|книге|you should go|you should visit|should be next|next trip should|"
     "go there next|съездите|сгоняйте|вам надо в|вам стоит съездить|езжайте в|поезжайте в|"
     "отправил* мужу|отправил* жене|отправил* маме|отправил* подруг*|отправил* другу|отправил* "
     "семье|отправил* парню|отправил* сестре|скинул* мужу|скинул* подруг*|скинула мужу|показал* "
     "мужу|переслал*|отправлю мужу|кину мужу|намекнул*|sent this to|sending this to|sent it to|showed "
     "my|tagging|следующая страна|следующей страной|next country|which country next|напишите пост|напишите "
     "статью|сделайте выпуск|сделайте видео|сделайте ролик|снимите видео|снимите ролик|снимите "
     "выпуск|запишите видео|запишите ролик|запишите выпуск|мужу отправил*|маме отправил*|подруге "
     "отправил*|жене отправил*|мужу скинул*|подруге скинул*|мужу показал*|отметил* мужа|отметил* "
     "подругу|отмечу мужа|отмечу подругу|тегнул*|"
     "отправил* папе|отправил* брату|отправил* девушке|отправил* бабушке|отправил* коллег*|дата выхода|когда "
     "выйдет|release date"},
    {Concept::Request,
     "can you plan|can you organize|can you organise|can you do|could you plan|could you organize|could you "
     "organise|"
     "can you help|can you make|can you arrange|would you|do you do|do you offer|do you organize|do you "
     "organise|"
     "private guiding|вы такое делаете|организуете|организуешь|сделаете|подберете|подбираете|сможете|"
     "делаете ли|проводите|возьметесь|беретесь|устроите|составите|is it possible to organize|is it possible "
     "to organise|is that something you do|прошу|по вопросу организации|можете "
     "спланировать|спланировать|подойдет ли мне|"
     "спланиру*|спланируешь|распланиру*|организуйте|организуете|можете организовать|сможете "
     "организовать|можете сделать|можете провести|можете "
     "устроить|соберете|соберите|придумаете|разработаете|под нас|под заказ|на заказ|take us|take me to|can "
     "you take|could you take|отвезете|отвезти|свозите|свозить|покатаете|can you show us|could you show "
     "us|вы возите|возите ли|"
     "собрать программу|соберете программу|составить программу|собрать тур|составить маршрут|соберете тур"},
    {Concept::Event,
     "festival*|carnival*|fiesta|concert*|parade|eclipse|marathon|fireworks|фестивал*|фест|карнавал*|"
     "концерт*|парад|парада|марафон*|ярмарк*|маслениц*|сабант*|навруз*|затмени*|салют*|праздник оленевод*|"
     "день города|праздник|праздника|празднике|празднику"},
    {Concept::Distance,
     "how far|how long did|how long was|how long does it take|how long to get|how many km|how many hours|"
     "km|miles|как далеко|далеко ли|сколько км|км|сколько часов|сколько времени|как долго|сколько ехать|"
     "сколько идти|сколько шли|сколько лететь|сколько добира*|what time|во сколько встава*|"
     "во сколько выходил*|во сколько выезжа*|во сколько просыпа*|во сколько рассвет|во сколько закат|"
     "во сколько темнеет"},
    {Concept::Compliment,
     "wow|beautiful|amazing|awesome|stunning|gorgeous|love|loved|nice|cool|great|breathtaking|incredible|"
     "dream|goals|perfect|magic|lovely|красив*|класс|классно|классн*|супер|вау|круто|шикарн*|потрясающ*|"
     "обожаю|мечта|кайф*|огонь|восторг*|красота|нравится|прекрасн*|великолепн*|офигенн*|лайк|suitcase|"
     "чемодан*|take me with you|возьми меня|on repeat|шедевр*|мурашки|атмосферн*|нереальн*|wallpaper|"
     "masterpiece|chills|wholesome|unreal|speechless|jealous|завидую|peaceful|"
     "но работа|не могу|не смогу|не получится|не в этот раз|в этот раз не|к сожалению|увы|не сейчас|когда "
     "нибудь|мечтаю|в следующей жизни|can t go|cannot go|can t make it|not this time|someday|some day|one "
     "day|next life|не отпустят|не отпускают|работа не отпускает"},
};

constexpr const char *kConceptNames[] = {
    "price_ask",
    "availability",
    "booking",
    "contact",
    "group",
    "offer",
    "intent",
    "creator_expense",
    "price_complaint",
    "booked_elsewhere",
    "spam",
    "gear",
    "music",
    "visa",
    "safety",
    "season",
    "food",
    "where",
    "compliment",
    "goods",
    "self_travel",
    "past",
    "content",
    "request",
    "event",
    "distance",
};
static_assert(std::size(kConceptNames) == static_cast<size_t>(Concept::Count));

} // namespace

const LeadLexicon &LeadLexicon::instance()
{
    static const LeadLexicon lexicon;
    return lexicon;
}

LeadLexicon::LeadLexicon()
{
    for (const Entry &e : kEntries)
        add(e.kind, e.phrases);
    std::sort(m_prefixLengths.begin(), m_prefixLengths.end());
}

void LeadLexicon::add(Concept kind, const char *phrases)
{
    const QStringList list = QString::fromUtf8(phrases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &phrase : list) {
        Phrase p{kind, {}};
        for (const QString &w : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const bool prefix = w.endsWith(QLatin1Char('*'));
            p.words.append({prefix ? w.chopped(1) : w, prefix});
        }
        if (p.words.isEmpty())
            continue;
        const int index = static_cast<int>(m_phrases.size());
        const Word &first = p.words.first();
        if (first.prefix) {
            m_byPrefixFirst[fnvHash(first.text)].append(index);
            const int len = static_cast<int>(first.text.size());
            if (!m_prefixLengths.contains(len))
                m_prefixLengths.append(len);
        } else {
            m_byExactFirst[fnvHash(first.text)].append(index);
        }
        m_phrases.append(p);
    }
}

bool LeadLexicon::wordMatches(const Word &word, QStringView token)
{
    return word.prefix ? token.startsWith(word.text) : token == word.text;
}

void LeadLexicon::match(const LeadText &text, QVarLengthArray<ConceptHit, 16> &hits) const
{
    QVarLengthArray<ConceptHit, 32> found; // every phrase, in the order of the text
    const auto tryPhrases = [&](const QList<int> &candidates, int at) {
        for (const int index : candidates) {
            const Phrase &p = m_phrases[index];
            const int n = static_cast<int>(p.words.size());
            if (at + n > text.size())
                continue;
            bool ok = true;
            for (int k = 0; k < n && ok; ++k)
                ok = wordMatches(p.words[k], text.token(at + k));
            if (ok)
                found.append({p.kind, at, at + n - 1});
        }
    };
    for (int i = 0; i < text.size(); ++i) {
        const QStringView token = text.token(i);
        // One pass over the token: every prefix length that some phrase uses is looked up
        // as the hash reaches it; the whole token is the exact lookup.
        quint64 h = kFnvOffset;
        auto nextLength = m_prefixLengths.cbegin();
        for (int len = 1; len <= token.size(); ++len) {
            h = fnvAdd(h, token[len - 1].unicode());
            if (nextLength != m_prefixLengths.cend() && *nextLength == len) {
                ++nextLength;
                const auto prefixed = m_byPrefixFirst.constFind(h);
                if (prefixed != m_byPrefixFirst.cend())
                    tryPhrases(*prefixed, i);
            }
        }
        const auto exact = m_byExactFirst.constFind(h);
        if (exact != m_byExactFirst.cend())
            tryPhrases(*exact, i);
    }

    // The longer phrase is the more specific reading of its words: a match that lies
    // inside a longer match on the other side (for a lead / against it) does not count
    // ("flights" in "without flights" is part of a price question, "how much" in "how
    // much did" asks about the creator's spending). Each concept keeps its first place.
    const auto inside = [&](const ConceptHit &hit) {
        return std::any_of(found.cbegin(), found.cend(), [&](const ConceptHit &other) {
            return isNegative(other.kind) != isNegative(hit.kind) && other.first <= hit.first
                && other.last >= hit.last && other.last - other.first > hit.last - hit.first;
        });
    };
    bool seen[static_cast<int>(Concept::Count)] = {};
    for (const ConceptHit &hit : found) {
        if (seen[static_cast<int>(hit.kind)] || inside(hit))
            continue;
        seen[static_cast<int>(hit.kind)] = true;
        hits.append(hit);
    }
}

bool LeadLexicon::isNegative(Concept kind)
{
    switch (kind) {
    case Concept::CreatorExpense:
    case Concept::PriceComplaint:
    case Concept::BookedElsewhere:
    case Concept::Spam:
    case Concept::Gear:
    case Concept::Music:
    case Concept::Visa:
    case Concept::Safety:
    case Concept::Season:
    case Concept::Food:
    case Concept::Where:
    case Concept::Goods:
    case Concept::SelfTravel:
    case Concept::Past:
    case Concept::Content:
    case Concept::Event:
    case Concept::Distance: return true;
    default: return false;
    }
}

QString LeadLexicon::conceptName(Concept kind)
{
    return QLatin1String(kConceptNames[static_cast<int>(kind)]);
}

QString LeadLexicon::conceptDescription(Concept kind)
{
    switch (kind) {
    case Concept::PriceAsk: return tr("asks the price");
    case Concept::Availability: return tr("asks about dates or free places");
    case Concept::Booking: return tr("asks how to book or pay");
    case Concept::Contact: return tr("wants to be contacted or wrote privately");
    case Concept::Group: return tr("a trip for a group, family or company");
    case Concept::Offer: return tr("about your tour or trip");
    case Concept::Intent: return tr("wants to go");
    case Concept::CreatorExpense: return tr("asks about your own expenses");
    case Concept::PriceComplaint: return tr("complains about prices");
    case Concept::BookedElsewhere: return tr("booked elsewhere");
    case Concept::Spam: return tr("spam or self-promotion");
    case Concept::Gear: return tr("asks about gear or filming");
    case Concept::Music: return tr("asks about the music");
    case Concept::Visa: return tr("asks about visas or documents");
    case Concept::Safety: return tr("asks about safety");
    case Concept::Season: return tr("asks about the season or weather");
    case Concept::Food: return tr("asks about food");
    case Concept::Where: return tr("asks about the place");
    case Concept::Compliment: return tr("a compliment or reaction");
    case Concept::Goods: return tr("about the price of things you do not sell");
    case Concept::SelfTravel: return tr("travels on their own and asks for advice");
    case Concept::Past: return tr("tells about a past trip");
    case Concept::Content: return tr("about your videos");
    case Concept::Request: return tr("asks you to organise something");
    case Concept::Event: return tr("asks about an event or festival");
    case Concept::Distance: return tr("asks how far, how long or at what time");
    case Concept::Count: break;
    }
    return {};
}

} // namespace travelflow::leads
