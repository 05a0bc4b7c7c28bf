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
     "ценам|по прайсу|что по цене|че по цене|чо по цене|что по деньгам|че по деньгам"
     "|howmuch|hwmuch|how mich|how muc|price pls|price plz|price please|prices pls|pricing pls|rate pls"
     "|how expensive|how pricey|whats the damage|what s the damage|in euros|in dollars|in usd|in rubles"
     "|the whole thing|for the whole|per head|a head|what would it cost|what will it cost"
     "|what does it cost|сколько всего|сколько в сумме|сколько итого|итого сколько|в какую сумму"
     "|какая сумма|сумма за|сколько денег|сколько нужно денег|сколько надо денег"
     "|сколько по времени и деньгам|скоко стоит|ск ко|цэна|ценна|цена вопроса|почем удовольствие"
     "|стоимость поездки|прайсик|ценник на|stoimost*|pochem|prais|prajs|ceny|tseny|skolko stoit"
     "|skoka stoit"
     "|hw mch|hwo much|hiw much|how mush|сколько надо иметь|сколько нужно иметь|сколько надо с собой"
     "|на руках"
     "|пачем|почм|почом"
     "|сколько ст|ск ст|скок ст"},
    {Concept::Availability,
     "availab*|avalab*|avaliab*|spots|spot left|spot for|spot on|spot in|one spot|a seat|seats|room for|"
     "space for|openings|dates|date|still open|any left|sold out|next tour|next trip|next one|"
     "when is the next|when s the next|when does the next|is there room|any room|free spots|upcoming|"
     "schedule|есть мест*|мест* есть|мест* остал*|остал* мест*|свободн*|есть ли мест*|места на|места в|"
     "мест на|мест в|даты|дата|дату|когда следующ*|следующ* тур*|следующ* поездк*|ближайш*|на майские|"
     "когда будет|когда поедете|когда едете|когда следующая|расписани*|в какие дни|еще есть|again|"
     "another trip|another tour|another one|another date|another group|waitlist|wait list|full already|still "
     "open|"
     "anything planned|planned|повторн*|снова|еще раз|когда теперь|следующий|следующая|следующую|окошко|"
     "местечко|есть ли|будет ли|возите|планируете|набор*|availble|avail|avalible|anything in|anything on|"
     "anything for|still places|places on|что то на|что то будет|будет что то|мест нет|мест уже нет|"
     "нет мест|hold a spot|придержать|на новый год|на праздники|актуально|еще актуально|набрана|набран*|"
     "набор*|заезд*|успеть|планируется|планирует*|run this tour|do you run|when do you run|"
     "свободен|свободна|свободно|будет ли тур|vacancies|vacancy|room on|"
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
     "бывают|бывает ли|место на|мне бы место|нам бы место"
     "|still on|still happening|still running|still going ahead|going ahead|is it on|it still on"
     "|running again|run it again|do it again|doing it again|doing this again|any trips|any tours"
     "|is there a trip|is there a tour|are there trips|are there any trips|are there tours|free on"
     "|free for|free between|free from|any chance|any availability|open dates|open spots|places left"
     "|spots left|seats left|have space|have room|got space|got room|есть туры|есть ли туры|есть поездки"
     "|есть ли поездки|есть тур|будут туры|туры будут|будет еще|будут еще|будете еще|будете возить"
     "|будете водить|возить|повезете|поведете|водите|собираете групп*|соберете групп*|группа собирается"
     "|группа набирается|набираете|свободные даты|свободных дат|свободная дата|места остались"
     "|остались ли места|осталось что|на когда|на какое число|с какого числа|когда едем|когда поедем"
     "|когда выезд|когда заезд|когда группа|когда тур|когда поездка|когда следующий|когда следующее|mesta"
     "|mest|est mesta|svobodn*|kogda sleduyush*"
     "|на январь|на февраль|на март|на апрель|на май|на июнь|на июль|на август|на сентябрь|на октябрь"
     "|на ноябрь|на декабрь|на лето|на осень|на зиму|на весну|на новогодние|на ноябрьские|for january"
     "|for february|for march|for april|for june|for july|for august|for september|for october"
     "|for november|for december|for the summer|for summer|for spring|for autumn|for winter|for christmas"
     "|for new year|next season|this season|new season|следующий сезон|новый сезон|на сезон|в этом сезоне"
     "|в следующем сезоне|есть что|что есть на"
     "|поедете|поедете еще|пойдете еще|пойдете снова|будет группа|будут группы|группа будет|будет набор"
     "|when are the dates|dates coming out|dates out|dates released|dates announced|даты будут|когда даты"
     "|сколько мест|мест сколько|сколько осталось"
     "|разобрали|разобраны|раскупили|распродан*|all gone|места заняты|все занято|все заняты"},
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
     "у вас с оплатой|как с оплатой"
     "|в деле|я с вами|мы с вами|я еду|мы едем|еду с вами|забираю|забираем|хочу место|хочу два места"
     "|место за мной|места за нами|бронь|забронить|бронить|зоброн*|забран*|бранир*|записатся|записаца"
     "|записацца|запесат*|запешите|запишите меня|форма записи|форму записи|форма для записи"
     "|ссылка на запись|ссылку на запись|ссылка для записи|ссылку для записи|ссылка на оплату"
     "|ссылку на оплату|ссылка для оплаты|где записаться|где бронировать|где забронировать"
     "|где можно забронировать|куда записываться|как записываться|вносить|аванс*|депозит*|всю сумму"
     "|сразу всю|оплатить частями|оплата частями|оплатить на месте|оплата на месте|что от меня нужно"
     "|что от нас нужно|что нужно для записи|how do i join|how can i join|how to sign up|where do i sign"
     "|where to sign|where do i book|where can i book|where to book|booking link|link to book|payment link"
     "|link to pay|secure my|secure a|secure the|save me|save us|hold my|hold me|taking bookings"
     "|accepting bookings|taking reservations|open for booking*|bookings open|pay on the spot"
     "|pay on arrival|pay on site|pay in cash|pay cash|pay by card|pay in installments|pay upfront"
     "|pay up front|upfront|up front|pay the rest|pay the deposit|what do i need to|what do we need to"
     "|what do you need from me|i want in|want in|i m down|im down|we re down|add me to|put me on"
     "|put me down|put my name|my name down|book me|i ll book|we ll book|wanna book|want to book"
     "|let me book|let me join|can i come|can we come|tag along|come along|take me on|take us on"
     "|take me next|take us next|зачислите|включите меня|добавьте меня|внесите меня|забронируйте мне"
     "|забронируйте нам|оставьте за мной|возьмите меня|возьмите нас|возьмете меня|возьмете нас"
     "|возьми меня в след*|возьми нас в след*|возьмите в группу|возьмите в след*|в следующую поездку"
     "|на следующий тур|в следующий тур|в следующую группу|zabron*|zapish*|bronir*|hochu s vami|s vami"
     "|k vam"
     "|заплатить|оплатить|расплатиться|pay by|pay with|картой можно|можно картой|reserv*|resev*|resrv*"
     "|к вам в группу|к вам в тур|к вам в поход|к вам в поездку|к вам на тур|в вашу группу|в вашу поездку"
     "|в ваш тур|how do i get a place|how do i get a spot|how can i get a spot|how can i get a place"
     "|get a spot on|get a place on"
     "|зарегистр*|регистрац*"},
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
     "dm|dropped you|дозвон*|наберите меня|набери меня"
     "|дм|в дм|дмс|дмку|в дмку|в л с|инбокс|в инбокс|in dm|in dms|in ur dm|ur dm|ur dms|your dm|your dms"
     "|check dm|check dms|check your dm|check your dms|check inbox|check your inbox|pls dm|dm pls"
     "|dm please|plz dm|куда писать|куда написать|где написать|куда обращаться|куда обратиться"
     "|как связаться|как с вами связаться|как с тобой связаться|с кем связаться|кому писать|кому написать"
     "|message you|contact you|reach you|how can i contact|how do i contact|how to contact"
     "|where can i message|where do i message|where can i write|get hold of|your number|ваш номер"
     "|твой номер|номер телефона|телефон для связи|для связи|подробнее|поподробнее|по подробнее|подробней"
     "|расскажите подробнее|расскажите больше|more details|more information|further details|send info"
     "|send details|send more|the details|details please|details pls|info pls|tell me more|ответите"
     "|написала вам|написал вам|гляньте директ|гляньте лс|гляньте личку|глянь директ|глянь лс"
     "|проверьте директ|проверьте лс|проверьте личку|проверь директ|проверь лс|не ответили|не отвечаете"
     "|нет ответа|ответа нет|no reply|no answer|didn t reply|haven t heard|waiting to hear"
     "|waiting for your reply|please reply|pls reply|inquir*|enquir*|отправила запрос|отправил запрос"
     "|запрос на|+|v ls|v lichku|lichk*|napishite|napisal*|direkt"
     "|interested|интересует|интересуют|заинтересова*|very interested|so interested"
     "|куда вам|вам писать|вам написать"
     "|my number is in my profile|my email is in my bio|my email is in my profile|номер в профиле"
     "|номер в моем профиле|мой номер в профиле|номер у меня в профиле|контакты в профиле"},
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
     "team|group of"
     "|adults|adult|teenager*|teens|guests|подросток|подростк*|внук*|малыш*|toddler*|grandparents|parents"
     "|родител*|мы с мужем|мы с женой|мы с подругой|мы с друзьями|мы с семьей|мы с детьми|нас двое"
     "|нас трое|нас четверо|нас пятеро|нас шестеро|нас семеро|нас восемь|нас десять|gruppa|gruppu|gruppy"
     "|semya|semi"},
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
     "прогулк*|катани*|прогулк*|сафари|тур выходного дня|инструктор*|instructor"
     "|глэмпинг*|глемпинг*|кемпинг*|юрт*|домик*|база отдыха|базу отдыха|базе отдыха|шале|коттедж*|вилл*"
     "|кемпер*|автодом*|яхт*|катер*|cabin*|yurt*|chalet*|cottage*|villa*|bungalow*|lodge|camper*|boat"
     "|yacht*|jeep*|4x4|driver|квадроцикл*|снегоход*|atv|snowmobile*|ski tour|серфинг*|surfing|дайвинг*"
     "|diving|трип|трипа|трипы|трипе|трипов|трипу|poezdk*|ekskursi*"
     "|гайд|гайда|гайдом|гайды|гайду"
     "|glamping tent|glamping dome|glamping pod"},
    {Concept::Intent,
     "we want|i want|want to|would like|wanna|we plan|can we|can i|could you|could we|"
     "we d like|i d like|looking for|хотим|хочу|хотели|хотела|хотел|планиру*|интерес*|можно|"
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
     "оплачивает|кто спонсирует|спонсир*|за чей счет|кто платит за|ваша поездка стоила|сколько у вас ушло"
     "|бронировали|бронировал|бронировала|брали заранее"},
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
     "денег нет|нет денег|не потяну|накоплю|коплю|копить"
     "|arm and a leg|крыло от самолета|как крыло самолета"},
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
     "местными|somewhere else|где то еще|на авито|через авито|на букинге|через букинг|на суточно"
     "|взяли пакет|взяли путевку|взяли тур|купили путевку|купили тур|брали путевку|брали пакет"
     "|взяли горящ*"
     "|different tour company|another tour company|other tour company|different operator"},
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
     "my youtube|my tiktok|мой блог|накрутк*|real followers|real views|click the link|"
     "ask me how|passive income|пассивн* доход*|signals|сигналы|selling my|brand partnership|proposal|"
     "предложение по рекламе|work together|поработаем вместе|сотруднич*|тоже проводим|тоже делаем|"
     "тоже организуем|тоже возим|we also run|we do tours|посотруднич*|our agency|"
     "ко мне в профиль|ко мне на страниц*|ко мне в канал|ко мне в блог|загляни* ко мне|у меня в профиле|у "
     "меня в шапке|у меня на странице|у меня туры|мои туры|свои туры|своих туров|моих туров|мои "
     "экскурси*|дам скидку|даю скидку|сделаю скидку|у меня дешевле|у нас дешевле|наши туры|наших "
     "туров|сдам|сдаю|сдается|сдаем|посуточно|продам|my tours|our tours|i also guide|i do the same|cheaper "
     "with me|"
     "делает дешевле|делаем дешевле|делаю дешевле|does this cheaper|does it cheaper|наша турфирма|наша "
     "фирма|our tour company|our company|смотри био|see bio|организую*|провожу туры|вожу "
     "группы|вожу туры|я организатор|ищем блогер*|ищем тревел*|looking for bloggers|looking for "
     "creators|вакансия|вакансии|в нашем магазине|наш магазин|our shop|our store"
     "|удаленн* работ*|удаленк*|работа на дому|работу на дому|подработк*|у кого есть лишние"
     "|лишние 10 минут|work from home|from home|extra income|side hustle|i organise|i organize|i arrange"
     "|we organise|we organize|i run tours|i run trips|i run a|делаю туры|делаю экскурси*|вожу экскурси*"
     "|провожу экскурси*|организовываю|организовываем|я организую|ссылка в шапке|ссылке в шапке"
     "|link in my bio|in my bio|my bio|в моем профиле|у меня в био|в моем био|ссылка в био|ссылке в био"
     "|по ссылке в био"
     "|в шапке профиля|see our profile|our profile|our page|see our|аккаунт*|account for sale|buy account*"
     "|buying account*"
     "|пишите в лс|пишите в личку|пишите в директ|пишите в вотсап|пишите в ватсап|пишите в телегу"
     "|пишите в тг|пиши в лс|пиши в личку|пиши в директ|dm for prices|dm for price|dm for info"
     "|dm for details|dm for more|цены от|туры от|путевки от|prices from|starting from|starting at"
     "|cheapest|самые дешевые|самые низкие|lowest price*|лучшие цены|низкие цены|горящие туры"
     "|горящие путевки"
     "|contact me for|message me for|write me for|text me for|whatsapp me for|обращайтесь за"
     "|i m a local guide|local guide here"},
    {Concept::Gear,
     "camera|drone|lens|gopro|phone|iphone|gimbal|mic|editing|edit|filter|preset|shot on|what app|камер*|"
     "дрон*|объектив*|гопро|телефон*|айфон|монтаж*|снимал*|снято|фильтр*|на что снима*|какой программ*|"
     "microphone|stabilizer|стабилизатор*|lut|luts|davinci|premiere|lightroom|power bank|powerbank|"
     "павербанк*|аккумулятор*|цветокор*"
     "|пресет*|presets"},
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
     "school holidays|каникул*|holidays there"
     "|snow|snowy|snows|snowing|windy|rain|rainy|raining|cold|too cold|too hot|warm|temperature|снег*"
     "|ветрено|ветер|дожд*|тепло|температур*|холод*|пекло"
     "|купат*|искупат*|купани*|swim|swimming|загорать"},
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
     "музе*|нацпарк*|национальн* парк*|заповедник*|храм*"
     "|рейс*|авиабилет*|direct flight*|airfare"
     "|сим карт*|симка|симку|sim card*|esim|есим"},
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
     "себе|записал себе|записываю себе|записываю в заметки"
     "|на месте найти|найти на месте|на месте можно найти|на месте снять|снять на месте|book on arrival"
     "|book when you arrive"
     "|backpacker*|бэкпекер*|budget traveller|budget traveler"},
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
     "выйдет|release date"
     "|с вами путешествует|с тобой путешествует|путешествует с вами|путешествует с тобой"},
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
     "собрать программу|соберете программу|составить программу|собрать тур|составить маршрут|соберете тур"
     "|посчита*|рассчита*|просчита*|calculate|quote me|give me a quote|send a quote|смету|смета|нужен тур"
     "|нужна экскурсия|нужен гид|нужна поездка|нужен тимбилдинг|нужна программа|нужен трансфер"
     "|нужно организовать|need a guide|need a tour|need a trip|looking for a guide|looking for a tour"
     "|looking for a private|ищем гида|ищу гида|ищем тур|ищу тур|ищем организатора|can you guide"
     "|could you guide|guide us|show us around|take us around|show me around|can you put together"
     "|could you put together|put together|plan something|plan a trip|plan us|organise something"
     "|organize something|arrange something|something similar for|can we organize|can we organise"
     "|could we organize|could we organise|can i organize|can i organise|like to organize|like to organise"
     "|want to organize|want to organise|help us organize|help us organise|такое же для|такой же для"
     "|под ключ|сделать для нас|сделаете для нас|для нас сделать|можно для нас|устроить для нас"
     "|провести для нас|проведете|сопроводить|сопровождение|свозить нас|отвезти нас|возьмете нас"
     "|can you create|could you create|can you design|could you design|can you build|can you customize"
     "|can you customise|could you customize|could you customise|можете составить|сделаете нам"
     "|придумать|что то придумать|что нибудь придумать|реально что то|реально ли"},
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
    {Concept::Date,
     "январ*|феврал*|март|марта|марте|мартовск*|апрел*|май|мая|мае|майск*|июн*|июл*|август*|сентябр*|"
     "октябр*|ноябр*|декабр*|новогодн*|на новый год|на праздники|на каникулы|на выходные|в выходные|"
     "на выходных|на следующей неделе|в следующем месяце|через месяц|летом|на лето|осенью|на осень|зимой|"
     "на зиму|весной|на весну|летн*|осенн*|зимн*|весенн*|в понедельник|во вторник|в среду|в четверг|"
     "в пятницу|в субботу|в воскресенье|на субботу|на воскресенье|суббот*|воскресн*|"
     "january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|"
     "jun|jul|aug|sep|sept|oct|nov|dec|in may|for may|early may|late may|mid may|end of may|this may|"
     "next may|spring|summer|autumn|winter|in fall|this fall|next fall|the fall|weekend|weekends|weekday|"
     "weekdays|next week|next month|this month|new year|new years|christmas|easter|monday|tuesday|"
     "wednesday|thursday|friday|saturday|sunday|avgust*|iyul*|iyun*|sentyabr*|oktyabr*|noyabr*|dekabr*|"
     "yanvar*|fevral*|aprel*|letom|osenyu|zimoy|vesnoy"
     "|next spring|next summer|next autumn|next winter|next year|this year|this summer|this winter|in 202*"
     "|на следующий год|в следующем году|в этом году"},
    {Concept::Compliment,
     "wow|beautiful|amazing|awesome|stunning|gorgeous|love|loved|nice|cool|great|breathtaking|incredible|"
     "dream|goals|perfect|magic|lovely|красив*|класс|классно|классн*|супер|вау|круто|шикарн*|потрясающ*|"
     "обожаю|мечта|кайф*|огонь|восторг*|красота|нравится|прекрасн*|великолепн*|офигенн*|лайк|suitcase|"
     "чемодан*|take me with you|возьми меня|on repeat|шедевр*|мурашки|атмосферн*|нереальн*|wallpaper|"
     "masterpiece|chills|wholesome|unreal|speechless|jealous|завидую|peaceful|"
     "но работа|не могу|не смогу|не получится|не в этот раз|в этот раз не|к сожалению|увы|не сейчас|когда "
     "нибудь|мечтаю|в следующей жизни|can t go|cannot go|can t make it|not this time|someday|some day|one "
     "day|next life|не отпустят|не отпускают|работа не отпускает"
     "|thanks for|thank you for|спасибо за|плачу от|рыдаю|плакала|возьмите меня с собой|возьмите нас с собой"
     "|+ за"
     "|согласна|согласен|соглашусь|поддерживаю|agree|agreed|so true|в копилку|so good"},
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
    "date",
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
        } else if (p.words.size() > 1 && !p.words[1].prefix) {
            m_byExactPair[fnvAdd(fnvAdd(fnvHash(first.text), u' '), p.words[1].text)].append(index);
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
        if (i + 1 < text.size()) {
            const auto pair = m_byExactPair.constFind(fnvAdd(fnvAdd(h, u' '), text.token(i + 1)));
            if (pair != m_byExactPair.cend())
                tryPhrases(*pair, i);
        }
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
    case Concept::Date: return tr("names a month, season or day");
    case Concept::Count: break;
    }
    return {};
}

} // namespace travelflow::leads
