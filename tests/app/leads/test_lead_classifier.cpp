// The lead classifier on each class of the definition, in English and Russian,
// with the tricky negatives, plus the invariants the fast path relies on.

#include "leads/lead_classifier.h"
#include "leads/lead_features.h"
#include "leads/lead_text.h"
#include "leads/lead_trainer.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QTest>

#include <algorithm>

using namespace travelflow::leads;

class TestLeadClassifier : public QObject
{
    Q_OBJECT

    LeadClassifier m_classifier;

private Q_SLOTS:
    void leads_data()
    {
        QTest::addColumn<QString>("text");
        // price
        QTest::newRow("en price") << QStringLiteral("How much would the Altai trip be for me and my sister?");
        QTest::newRow("ru price") << QStringLiteral("Подскажите стоимость тура на Байкал в марте");
        QTest::newRow("ru pochem") << QStringLiteral("почём экскурсия по Казани?");
        // availability
        QTest::newRow("en spots") << QStringLiteral("Do you still have free spots for the August tour?");
        QTest::newRow("ru mesta") << QStringLiteral("А места на сентябрь ещё остались?");
        // booking
        QTest::newRow("en book") << QStringLiteral("How can I book the Georgia tour?");
        QTest::newRow("ru bron") << QStringLiteral("Хочу забронировать два места, как оплатить?");
        // contact
        QTest::newRow("en dm") << QStringLiteral("I sent you a DM about the Kamchatka trip");
        QTest::newRow("ru lichka") << QStringLiteral("Напишите мне в личку по туру, пожалуйста");
        // custom group / family / company
        QTest::newRow("en company") << QStringLiteral(
            "Could you organise a private trip for our company of 12?");
        QTest::newRow("ru semya") << QStringLiteral("Нас 5 человек с детьми, сможете организовать поездку?");
        // colloquial Russian: word forms, abbreviations, the creator's video as the offer
        QTest::newRow("ru zapisyvayus") << QStringLiteral("Записываемся вдвоём на октябрь!");
        QTest::newRow("ru oformite") << QStringLiteral("Оформите нам путёвку на троих, готовы платить");
        QTest::newRow("ru perevodit") << QStringLiteral("я готов, куда переводить деньги?");
        QTest::newRow("ru slots") << QStringLiteral("слоты на воскресную прогулку ещё есть?");
        QTest::newRow("ru prodazhi") << QStringLiteral("когда откроются продажи на зимние туры?");
        QTest::newRow("ru from video") << QStringLiteral("почём сплав как у вас в последнем ролике?");
        QTest::newRow("ru wedding") << QStringLiteral("После свадьбы хотим в горы вдвоём, спланируете?");
        QTest::newRow("ru otdel") << QStringLiteral(
            "Отдел из 12 сотрудников хочет на выходные в лес, возьмётесь?");
        QTest::newRow("ru mayaknite") << QStringLiteral("маякните в лс по цене на август");
        // short forms, implicit booking, month-only date questions, group requests
        QTest::newRow("ru plus") << QStringLiteral("+");
        QTest::newRow("ru dm") << QStringLiteral("дм");
        QTest::newRow("ru info ls") << QStringLiteral("инфо в лс");
        QTest::newRow("ru vozmite") << QStringLiteral("возьмите меня в следующую поездку");
        QTest::newRow("ru v dele") << QStringLiteral("мы в деле, нас трое");
        QTest::newRow("ru na avgust") << QStringLiteral("а на август?");
        QTest::newRow("en spots left") << QStringLiteral("any spots left?");
        QTest::newRow("en still on") << QStringLiteral("is this trip still on for june");
        QTest::newRow("en plan for us") << QStringLiteral("can you plan something for 8 of us");
        QTest::newRow("en pls dm") << QStringLiteral("pls dm");
    }

    void leads()
    {
        QFETCH(QString, text);
        const LeadVerdict v = m_classifier.classify(text);
        QVERIFY2(v.lead, qPrintable(QStringLiteral("%1 -> %2 (%3)").arg(text).arg(v.score).arg(v.reason)));
        QVERIFY(v.score >= 0.5 && v.score <= 1.0);
        QVERIFY2(!v.evidence.isEmpty(), qPrintable(v.reason));
        // The reason quotes the user's own words.
        QVERIFY2(text.contains(v.evidence.first()), qPrintable(v.evidence.first()));
        QVERIFY(v.reason.contains(v.evidence.first()));
    }

    void notLeads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("en compliment") << QStringLiteral("This is absolutely stunning 😍");
        QTest::newRow("ru compliment") << QStringLiteral("Какая красота, просто кайф!");
        QTest::newRow("en place") << QStringLiteral("Where is this waterfall?");
        QTest::newRow("ru place") << QStringLiteral("Что это за озеро?");
        QTest::newRow("en gear") << QStringLiteral("What camera do you film with?");
        QTest::newRow("ru music") << QStringLiteral("Что за трек играет?");
        QTest::newRow("en visa") << QStringLiteral("Do Russians need a visa for Georgia?");
        QTest::newRow("ru safety") << QStringLiteral("Там безопасно одной девушке?");
        QTest::newRow("en season") << QStringLiteral("When is the best season to visit?");
        QTest::newRow("ru food") << QStringLiteral("А что там поесть вкусного?");
        QTest::newRow("en spam") << QStringLiteral("Follow me for free followers!!! link in bio");
        QTest::newRow("ru spam") << QStringLiteral("Подписывайтесь на мой канал, там розыгрыш");
        QTest::newRow("en complaint") << QStringLiteral("Prices in Bali went crazy this year");
        QTest::newRow("ru complaint") << QStringLiteral("Цены на отели сейчас просто космос");
        QTest::newRow("en elsewhere") << QStringLiteral("We booked with another agency, it was fine");
        QTest::newRow("ru elsewhere") << QStringLiteral("Мы уже забронировали через другого гида, спасибо");
        QTest::newRow("en expense") << QStringLiteral("How much did your drone cost?");
        QTest::newRow("ru expense") << QStringLiteral("Сколько стоил твой дрон?");
        QTest::newRow("en goods") << QStringLiteral("How much is a taxi from the airport?");
        QTest::newRow("ru goods") << QStringLiteral("Сколько стоит пиво на Бали?");
        QTest::newRow("ru paid past") << QStringLiteral("А за домик у реки сколько платили?");
        QTest::newRow("ru own tours")
            << QStringLiteral("У меня свои туры в Карелию, дам скидку, пишите в личку");
        QTest::newRow("ru rent out") << QStringLiteral("Сдаю квартиру посуточно в Сочи, пишите в лс");
        QTest::newRow("ru cheaper there")
            << QStringLiteral("В Турции экскурсии в два раза дешевле, если брать на месте");
        QTest::newRow("ru other organizer")
            << QStringLiteral("Мы записались к другому организатору на эти же даты");
        QTest::newRow("ru audience") << QStringLiteral("Кто знает, сколько стоит гид в Самарканде?");
        QTest::newRow("ru shared") << QStringLiteral("Отправила маме, пусть мечтает");
        QTest::newRow("ru how long") << QStringLiteral("Сколько длился ваш поход?");
        QTest::newRow("ru embassy") << QStringLiteral("Как записаться в консульство на подачу документов?");
        QTest::newRow("ru cannot") << QStringLiteral("Я бы тоже с вами, но работа не отпускает");
        QTest::newRow("ru wish") << QStringLiteral("хочу туда 😍");
        QTest::newRow("ru plus video") << QStringLiteral("+ за видео");
        QTest::newRow("ru season month") << QStringLiteral("в октябре там уже холодно?");
        QTest::newRow("en promo") << QStringLiteral("dm me for cheap tours");
        QTest::newRow("en own trip cost") << QStringLiteral("how much did you spend on this trip?");
    }

    void notLeads()
    {
        QFETCH(QString, text);
        const LeadVerdict v = m_classifier.classify(text);
        QVERIFY2(!v.lead, qPrintable(QStringLiteral("%1 -> %2 (%3)").arg(text).arg(v.score).arg(v.reason)));
        QVERIFY(!v.reason.isEmpty());
    }

    void toleratesCaseEmojiPunctuationAndTypos_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("caps") << QStringLiteral("СКОЛЬКО СТОИТ ТУР???");
        QTest::newRow("emoji") << QStringLiteral("сколько стоит тур 😍😍🔥");
        QTest::newRow("repeats") << QStringLiteral("how muuuuch is the trip!!!!!!");
        QTest::newRow("yo") << QStringLiteral("Ещё есть места на тур?");
        QTest::newRow("typo") << QStringLiteral("скока стоит тур на байкал");
        QTest::newRow("translit") << QStringLiteral("skolko stoit tur?");
        QTest::newRow("mixed") << QStringLiteral("сколько стоит tour на двоих?");
        QTest::newRow("abbrev") << QStringLiteral("ск стоит неделя с вами?");
        QTest::newRow("ru typo cost") << QStringLiteral("стоймость поездки на камчатку?");
        QTest::newRow("ru typo book") << QStringLiteral("запишити меня на июнь");
        QTest::newRow("latin lookalikes") << QStringLiteral("ценa тура?"); // Latin "a"
        QTest::newRow("translit book") << QStringLiteral("kak zabronirovat tur?");
    }

    void toleratesCaseEmojiPunctuationAndTypos()
    {
        QFETCH(QString, text);
        const LeadVerdict v = m_classifier.classify(text);
        QVERIFY2(v.lead, qPrintable(QStringLiteral("%1 -> %2 (%3)").arg(text).arg(v.score).arg(v.reason)));
    }

    void explainsNegativesByTheirReason()
    {
        const LeadVerdict v = m_classifier.classify(QStringLiteral("How much did your drone cost?"));
        QVERIFY(!v.lead);
        QVERIFY2(v.reason.contains(QStringLiteral("your drone"))
                     || v.reason.contains(QStringLiteral("drone")),
                 qPrintable(v.reason));
        const LeadVerdict empty = m_classifier.classify(QString());
        QVERIFY(!empty.lead);
        QVERIFY(!empty.reason.isEmpty());
    }

    void normalizesText()
    {
        const LeadText t(QStringLiteral("Ёжик СООООО tired!!! ok? класссс"));
        QCOMPARE(t.size(), 5);
        QCOMPARE(t.token(0).toString(), QStringLiteral("ежик"));
        QCOMPARE(t.token(1).toString(), QStringLiteral("со"));
        QCOMPARE(t.token(4).toString(), QStringLiteral("класс"));
        QCOMPARE(t.token(2).toString(), QStringLiteral("tired"));
        QVERIFY(t.hasQuestionMark());
        QCOMPARE(t.original(1, 2).toString(), QStringLiteral("СООООО tired"));
        QVERIFY(LeadText(QStringLiteral("see https://x.y")).hasLink());
        // A "+" standing alone is a token; one glued to a number or word is not.
        const LeadText plus(QStringLiteral("+++ 🙋 мне +, звоните +7 912, 18+"));
        QStringList tokens;
        for (int i = 0; i < plus.size(); ++i)
            tokens << plus.token(i).toString();
        QCOMPARE(tokens,
                 QStringList({QStringLiteral("+"), QStringLiteral("мне"), QStringLiteral("+"),
                              QStringLiteral("звоните"), QStringLiteral("7"), QStringLiteral("912"),
                              QStringLiteral("18")}));
        QCOMPARE(plus.original(0, 0).toString(), QStringLiteral("+++"));
        // Latin look-alikes inside a Cyrillic word become Cyrillic; Latin words stay as they are.
        const LeadText mixed(QStringLiteral("Цeнa price"));
        QCOMPARE(mixed.token(0).toString(), QStringLiteral("цена"));
        QCOMPARE(mixed.token(1).toString(), QStringLiteral("price"));
    }

    void fastPathKeysEqualNamedFeatures()
    {
        for (const QString &text :
             {QStringLiteral("Сколько стоит тур на двоих в июле? 😍"),
              QStringLiteral("how much did your drone cost"), QStringLiteral("DM me!!! https://spam.example"),
              QStringLiteral("ok"), QString()}) {
            const LeadText lt(text);
            LeadFeatures::Keys keys;
            LeadFeatures::Hits hits;
            LeadFeatures::extract(lt, keys, hits);
            QList<quint64> fromNames;
            for (const QString &name : LeadFeatures::names(lt))
                fromNames.append(LeadFeatures::key(name));
            std::sort(fromNames.begin(), fromNames.end());
            fromNames.erase(std::unique(fromNames.begin(), fromNames.end()), fromNames.end());
            QCOMPARE(QList<quint64>(keys.cbegin(), keys.cend()), fromNames);
        }
    }

    void modelTextRoundTripsAndRejectsDamage()
    {
        LeadModel model;
        model.setWeight(QStringLiteral("bias"), -1.25);
        model.setWeight(QStringLiteral("c:price_ask"), 2.5);
        model.setWeight(QStringLiteral("u:цена"), 0.75);
        const auto parsed = LeadModel::fromText(model.toText());
        QVERIFY(parsed);
        QCOMPARE(parsed->bias(), -1.25);
        QCOMPARE(parsed->weight(LeadFeatures::key(QStringLiteral("c:price_ask"))), 2.5);
        QCOMPARE(parsed->weight(LeadFeatures::key(QStringLiteral("u:цена"))), 0.75);
        QCOMPARE(parsed->weight(LeadFeatures::key(QStringLiteral("u:unknown"))), 0.0);
        const auto damaged = LeadModel::fromText("bias\t0.1\nc:price_ask\tlots\n");
        QVERIFY(!damaged);
        QVERIFY(damaged.error().message.contains(QStringLiteral("line 2")));
    }

    void trainingIsDeterministicAndLearns()
    {
        const QList<LabeledText> data{{QStringLiteral("how much is the tour"), true},
                                      {QStringLiteral("price for two please"), true},
                                      {QStringLiteral("so beautiful"), false},
                                      {QStringLiteral("what camera is this"), false}};
        const LeadModel a = LeadTrainer::train(data);
        const LeadModel b = LeadTrainer::train(data);
        QCOMPARE(a.toText(), b.toText());
        const LeadClassifier c(a);
        QVERIFY(c.score(QStringLiteral("how much is the tour")) > 0.5);
        QVERIFY(c.score(QStringLiteral("so beautiful")) < 0.5);
    }

    void learnFromMovesTowardTheUserAndNotEverything()
    {
        LeadModel model = LeadModel::builtIn();
        const QString taught = QStringLiteral("кто со мной на эльбрус в феврале, я в теме");
        const QString unrelated = QStringLiteral("what camera do you use");
        const double unrelatedBefore = LeadClassifier(model).score(unrelated);
        const auto deltas = LeadTrainer::learnFrom(model, taught, true);
        QVERIFY(!deltas.isEmpty());
        QVERIFY(LeadClassifier(model).score(taught) >= 0.8);
        QVERIFY(qAbs(LeadClassifier(model).score(unrelated) - unrelatedBefore) < 0.05);
        // And the other way round.
        const QString notLead = QStringLiteral("how much is the tour you did with your parents");
        LeadTrainer::learnFrom(model, notLead, false);
        QVERIFY(LeadClassifier(model).score(notLead) <= 0.2);
    }
};

TRAVELFLOW_TEST_MAIN(TestLeadClassifier, QCoreApplication)
#include "test_lead_classifier.moc"
