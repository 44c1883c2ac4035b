// Reference lists: stable codes, the French labels of DOMAIN.md, matching of free text.

#include "domain/ReferenceCatalog.h"
#include "domain/ReferenceLists.h"

#include <QSet>
#include "TestDatabase.h"

#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;

namespace {

using Labelled = QList<std::pair<QString, QString>>;

QStringList codesOf(const QList<ReferenceItem> &items)
{
    QStringList codes;
    for (const ReferenceItem &item : items)
        codes << item.code;
    return codes;
}

} // namespace

class TestReferenceLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsAreWellFormed_data();
    void listsAreWellFormed();
    void keysAreUniqueAndRoundTrip();
    void unknownKeyIsRejected();
    void isValidCode_data();
    void isValidCode();
    void domainListsMatchDomainMd_data();
    void domainListsMatchDomainMd();
    void typologyLabels();
    void referralOutcomeNonLieuLabel();
    void labelOfUnknownCodeIsTheCode();
    void normalizedKey_data();
    void normalizedKey();
    void matchFindsCodes_data();
    void matchFindsCodes();
    void matchRejectsUnknownText_data();
    void matchRejectsUnknownText();
    void customEntriesAreMatchedAndListedAfterBuiltIns();
    void inactiveCustomEntriesAreHiddenButKnown();
    void customEntriesStayInTheirList();
};

void TestReferenceLists::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestReferenceLists::listsAreWellFormed_data()
{
    QTest::addColumn<int>("list");
    for (const ReferenceList list : ReferenceLists::all())
        QTest::newRow(qPrintable(ReferenceLists::key(list))) << int(list);
}

void TestReferenceLists::listsAreWellFormed()
{
    QFETCH(int, list);
    const auto rl = ReferenceList(list);
    const QList<ReferenceItem> items = ReferenceLists::builtIn(rl);
    QVERIFY(!items.isEmpty());
    QVERIFY(!ReferenceLists::title(rl).isEmpty());

    QSet<QString> seen;
    for (const ReferenceItem &item : items) {
        QVERIFY2(ReferenceLists::isValidCode(item.code), qPrintable(item.code));
        QVERIFY2(!seen.contains(item.code), qPrintable(u"duplicate code "_s + item.code));
        seen.insert(item.code);
        QVERIFY2(!item.label.trimmed().isEmpty(), qPrintable(item.code));
        QVERIFY2(!item.frenchLabel.trimmed().isEmpty(), qPrintable(item.code));
        QVERIFY(item.builtIn);
        QVERIFY(ReferenceLists::isBuiltIn(rl, item.code));
        QCOMPARE(ReferenceLists::label(rl, item.code), item.label);
    }
    QCOMPARE(ReferenceLists::builtInCodes(rl), codesOf(items));
}

void TestReferenceLists::keysAreUniqueAndRoundTrip()
{
    const QList<ReferenceList> lists = ReferenceLists::all();
    QVERIFY(!lists.isEmpty());
    QSet<QString> keys;
    for (const ReferenceList list : lists) {
        const QString key = ReferenceLists::key(list);
        QVERIFY2(ReferenceLists::isValidCode(key), qPrintable(key));
        QVERIFY2(!keys.contains(key), qPrintable(u"duplicate key "_s + key));
        keys.insert(key);

        ReferenceList back = list == ReferenceList::Public ? ReferenceList::Composition
                                                            : ReferenceList::Public;
        QVERIFY2(ReferenceLists::fromKey(key, &back), qPrintable(key));
        QCOMPARE(int(back), int(list));
    }
}

void TestReferenceLists::unknownKeyIsRejected()
{
    ReferenceList list = ReferenceList::Typology;
    QVERIFY(!ReferenceLists::fromKey(u"no_such_list"_s, &list));
    QVERIFY(!ReferenceLists::fromKey(QString(), &list));
    QCOMPARE(int(list), int(ReferenceList::Typology));
}

void TestReferenceLists::isValidCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"autre"_s << true;
    QTest::newRow("snake_case") << u"sortant_detention"_s << true;
    QTest::newRow("digits") << u"t6_plus"_s << true;
    QTest::newRow("40 chars") << QString(40, u'a') << true;
    QTest::newRow("41 chars") << QString(41, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << u"Autre"_s << false;
    QTest::newRow("space") << u"sortant detention"_s << false;
    QTest::newRow("accent") << u"detention_é"_s << false;
    QTest::newRow("leading underscore") << u"_autre"_s << false;
    QTest::newRow("trailing underscore") << u"autre_"_s << false;
    QTest::newRow("double underscore") << u"sortant__detention"_s << false;
    QTest::newRow("dash") << u"sortant-detention"_s << false;
}

void TestReferenceLists::isValidCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(ReferenceLists::isValidCode(code), valid);
}

// The expected tables are copied from DOMAIN.md ("Reference lists"). Where DOMAIN.md gives only
// codes, only the codes are compared.
void TestReferenceLists::domainListsMatchDomainMd_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("frenchLabels"); // empty when DOMAIN.md gives only codes

    const auto addLabels = [](const char *row, ReferenceList list, const Labelled &entries) {
        QStringList codes;
        QStringList labels;
        for (const auto &[code, label] : entries) {
            codes << code;
            labels << label;
        }
        QTest::newRow(row) << int(list) << codes << labels;
    };
    const auto addCodes = [](const char *row, ReferenceList list, const QStringList &codes) {
        QTest::newRow(row) << int(list) << codes << QStringList();
    };

    addLabels("publics", ReferenceList::Public,
              {{u"sans_domicile"_s, u"Personne sans domicile / parcours de rue"_s},
               {u"sortant_hebergement"_s, u"Sortant d'hébergement (CHRS, hôtel, ALT)"_s},
               {u"heberge_tiers"_s, u"Hébergé chez un tiers"_s},
               {u"victime_violences"_s,
                u"Femme victime de violences conjugales ou intrafamiliales"_s},
               {u"jeune_ase"_s, u"Jeune sortant ASE / MECS"_s},
               {u"jeune"_s, u"Jeune de moins de 30 ans en insertion"_s},
               {u"sortant_detention"_s, u"Sortant de détention"_s},
               {u"troubles_psychiques"_s, u"Personne souffrant de troubles psychiques"_s},
               {u"addiction"_s, u"Personne confrontée à une addiction"_s},
               {u"handicap"_s, u"Personne en situation de handicap"_s},
               {u"senior_isole"_s, u"Senior isolé / perte d'autonomie"_s},
               {u"refugie"_s, u"Réfugié / sortant du dispositif d'asile"_s},
               {u"menace_expulsion"_s, u"Ménage menacé d'expulsion"_s},
               {u"dalo"_s, u"Ménage prioritaire DALO"_s},
               {u"difficultes_economiques"_s, u"Ménage en difficulté économique"_s},
               {u"autre"_s, u"Autre"_s}});
    addCodes("composition", ReferenceList::Composition,
             {u"personne_seule"_s, u"couple_sans_enfant"_s, u"couple_avec_enfants"_s,
              u"famille_monoparentale"_s, u"autre"_s});
    addCodes("situation_anterieure", ReferenceList::PriorSituation,
             {u"rue"_s, u"detention"_s, u"hebergement_urgence"_s, u"chrs"_s,
              u"residence_sociale"_s, u"ase_mecs"_s, u"heberge_tiers"_s, u"parc_prive"_s,
              u"parc_social"_s, u"hopital"_s, u"autre"_s});
    addCodes("source_ressources", ReferenceList::ResourceSource,
             {u"salaire"_s, u"rsa"_s, u"aah"_s, u"are"_s, u"retraite"_s,
              u"prestations_familiales"_s, u"aucune"_s, u"autre"_s});
    addLabels("type_bail", ReferenceList::LeaseType,
              {{u"bail_direct"_s, u"Bail direct"_s},
               {u"bail_glissant"_s, u"Sous-location avec bail glissant"_s},
               {u"sous_location"_s, u"Sous-location simple / intermédiation locative"_s},
               {u"residence_sociale"_s, u"Résidence sociale / pension de famille (redevance)"_s}});
    addCodes("issue_orientation", ReferenceList::ReferralOutcome,
             {u"acceptee"_s, u"refus_menage"_s, u"refus_bailleur"_s, u"refus_cal"_s,
              u"non_lieu"_s, u"en_cours"_s});
    addCodes("decision_cal", ReferenceList::CalDecision,
             {u"attribution"_s, u"attribution_sous_condition"_s, u"refus"_s, u"ajournement"_s});
    addLabels("domaines_diagnostic", ReferenceList::DiagnosticDomain,
              {{u"acces_droits"_s,
                u"Accès aux droits (CAF/APL, RSA, AAH, titre de séjour, assurance maladie)"_s},
               {u"ressources_budget"_s, u"Ressources et budget"_s},
               {u"dettes_impayes"_s, u"Dettes et impayés"_s},
               {u"sante"_s, u"Santé"_s},
               {u"sante_mentale"_s, u"Santé mentale"_s},
               {u"addictions"_s, u"Addictions"_s},
               {u"justice"_s, u"Suivi judiciaire (obligations utiles au logement seulement)"_s},
               {u"emploi_formation"_s, u"Emploi et formation"_s},
               {u"isolement"_s, u"Isolement et liens sociaux"_s},
               {u"parentalite"_s, u"Parentalité"_s},
               {u"capacite_habiter"_s, u"Capacité à habiter (entretien, équipements, fluides)"_s},
               {u"voisinage"_s, u"Voisinage et environnement"_s},
               {u"mobilite"_s, u"Mobilité"_s}});
    addLabels("axes_plan", ReferenceList::PlanAxis,
              {{u"budget_loyer"_s, u"Gestion budgétaire et paiement du loyer"_s},
               {u"acces_droits"_s, u"Accès aux droits et démarches"_s},
               {u"installation_logement"_s, u"Installation et appropriation du logement"_s},
               {u"entretien_logement"_s, u"Entretien et bon usage du logement"_s},
               {u"voisinage_mediation"_s, u"Voisinage et médiation"_s},
               {u"insertion_quartier"_s, u"Insertion dans le quartier"_s},
               {u"sante_soins"_s, u"Accès aux soins"_s},
               {u"insertion_pro"_s, u"Insertion professionnelle"_s},
               {u"parentalite"_s, u"Soutien à la parentalité"_s},
               {u"preparation_glissement"_s, u"Préparation du glissement du bail"_s},
               {u"relogement"_s, u"Relogement / mutation"_s}});
    addCodes("statut_objectif", ReferenceList::ObjectiveStatus,
             {u"a_faire"_s, u"en_cours"_s, u"atteint"_s, u"partiellement_atteint"_s,
              u"abandonne"_s});
    addLabels("types_contact", ReferenceList::ContactType,
              {{u"visite_domicile"_s, u"Visite à domicile"_s},
               {u"visite_sans_reponse"_s, u"Visite à domicile sans réponse"_s},
               {u"entretien_bureau"_s, u"Entretien au bureau"_s},
               {u"telephone"_s, u"Entretien téléphonique"_s},
               {u"accompagnement_physique"_s, u"Accompagnement physique"_s},
               {u"atelier_collectif"_s, u"Atelier collectif"_s},
               {u"rdv_tripartite"_s, u"Rendez-vous tripartite"_s},
               {u"commission_suivi"_s, u"Commission de suivi"_s},
               {u"echange_partenaire"_s, u"Échange avec un partenaire"_s},
               {u"courrier"_s, u"Courrier / courriel / SMS"_s}});
    addLabels("issue_fin", ReferenceList::SupportOutcome,
              {{u"autonomie"_s, u"Maintien dans le logement, autonomie atteinte"_s},
               {u"glissement"_s, u"Glissement du bail effectué"_s},
               {u"relogement_parc_social"_s, u"Relogement dans le parc social"_s},
               {u"relogement_parc_prive"_s, u"Relogement dans le parc privé"_s},
               {u"orientation_hebergement"_s,
                u"Orientation vers un logement adapté ou un hébergement"_s},
               {u"depart_volontaire"_s, u"Départ volontaire"_s},
               {u"abandon"_s, u"Rupture ou refus de l'accompagnement"_s},
               {u"expulsion"_s, u"Résiliation du bail / expulsion"_s},
               {u"incarceration"_s, u"Incarcération"_s},
               {u"hospitalisation_longue"_s, u"Hospitalisation longue"_s},
               {u"deces"_s, u"Décès"_s},
               {u"relais_dispositif"_s, u"Relais vers un autre dispositif (ASLL, AVDL, MASP)"_s},
               {u"autre"_s, u"Autre"_s}});
    addLabels("financements", ReferenceList::FundingSource,
              {{u"fnavdl_hlm_accompagnes"_s, u"FNAVDL – 10 000 logements Hlm accompagnés"_s},
               {u"fnavdl_avdl"_s, u"FNAVDL – AVDL"_s},
               {u"etat"_s, u"Aide de l'État / DIHAL"_s},
               {u"fsl_asll"_s, u"FSL / ASLL (Département)"_s},
               {u"fonds_propres"_s, u"Fonds propres du bailleur"_s},
               {u"collectivite"_s, u"Collectivité"_s},
               {u"caf"_s, u"CAF"_s},
               {u"ars"_s, u"ARS"_s},
               {u"fondation"_s, u"Fondation"_s},
               {u"autre"_s, u"Autre"_s}});
}

void TestReferenceLists::domainListsMatchDomainMd()
{
    QFETCH(int, list);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, frenchLabels);

    const QList<ReferenceItem> items = ReferenceLists::builtIn(ReferenceList(list));
    // Exactly the documented codes, in the documented order: nothing missing, nothing added.
    QCOMPARE(codesOf(items), codes);
    if (frenchLabels.isEmpty())
        return;
    QCOMPARE(items.size(), frenchLabels.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString context = items.at(i).code;
        QVERIFY2(items.at(i).frenchLabel == frenchLabels.at(i),
                 qPrintable(context + u": “"_s + items.at(i).frenchLabel + u"” instead of “"_s
                            + frenchLabels.at(i) + u'”'));
    }
}

void TestReferenceLists::typologyLabels()
{
    // DOMAIN.md: "Typologie: T1, T1bis, T2, T3, T4, T5, T6+" (labels; the codes are ours).
    const QStringList expected = {u"T1"_s, u"T1bis"_s, u"T2"_s, u"T3"_s,
                                  u"T4"_s, u"T5"_s,    u"T6+"_s};
    QStringList french;
    for (const ReferenceItem &item : ReferenceLists::builtIn(ReferenceList::Typology))
        french << item.frenchLabel;
    QCOMPARE(french, expected);
}

void TestReferenceLists::referralOutcomeNonLieuLabel()
{
    // DOMAIN.md: "`non_lieu` (non lieu à mesure)".
    const QList<ReferenceItem> items = ReferenceLists::builtIn(ReferenceList::ReferralOutcome);
    const auto it = std::find_if(items.cbegin(), items.cend(), [](const ReferenceItem &item) {
        return item.code == u"non_lieu";
    });
    QVERIFY(it != items.cend());
    QCOMPARE(ReferenceLists::normalizedKey(it->frenchLabel),
             ReferenceLists::normalizedKey(u"non lieu à mesure"_s));
}

void TestReferenceLists::labelOfUnknownCodeIsTheCode()
{
    QCOMPARE(ReferenceLists::label(ReferenceList::Public, u"inconnu"_s), u"inconnu"_s);
    QVERIFY(!ReferenceLists::isBuiltIn(ReferenceList::Public, u"inconnu"_s));
    QVERIFY(!ReferenceLists::isBuiltIn(ReferenceList::Public, u"Autre"_s));
    const QStringList codes = {u"dalo"_s, u"inconnu"_s};
    QCOMPARE(ReferenceLists::labels(ReferenceList::Public, codes),
             ReferenceLists::label(ReferenceList::Public, u"dalo"_s) + u", inconnu"_s);
}

void TestReferenceLists::normalizedKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("accents and double space") << u"Hélène  Dupont"_s << u"helene dupont"_s;
    QTest::newRow("already normal") << u"helene dupont"_s << u"helene dupont"_s;
    QTest::newRow("oe ligature upper") << u"Œuvre"_s << u"oeuvre"_s;
    QTest::newRow("oe ligature lower") << u"cœur"_s << u"coeur"_s;
    QTest::newRow("ae ligature") << u"Lætitia"_s << u"laetitia"_s;
    QTest::newRow("underscore") << u"jeune_ase"_s << u"jeune ase"_s;
    QTest::newRow("dash") << u"Jean-Pierre"_s << u"jean pierre"_s;
    QTest::newRow("curly apostrophe") << u"d’hébergement"_s << u"d'hebergement"_s;
    QTest::newRow("straight apostrophe") << u"d'hébergement"_s << u"d'hebergement"_s;
    QTest::newRow("trimmed") << u"  Autre \t"_s << u"autre"_s;
    QTest::newRow("upper accents") << u"SORTANT DE DÉTENTION"_s << u"sortant de detention"_s;
    QTest::newRow("cedilla") << u"Françoise"_s << u"francoise"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces only") << u"   "_s << QString();
}

void TestReferenceLists::normalizedKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(ReferenceLists::normalizedKey(text), key);
}

void TestReferenceLists::matchFindsCodes_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    const int publics = int(ReferenceList::Public);
    QTest::newRow("code") << publics << u"sortant_detention"_s << u"sortant_detention"_s;
    QTest::newRow("code upper case") << publics << u"SORTANT_DETENTION"_s
                                     << u"sortant_detention"_s;
    QTest::newRow("french label") << publics << u"Sortant de détention"_s
                                  << u"sortant_detention"_s;
    QTest::newRow("no accents") << publics << u"sortant de detention"_s
                                << u"sortant_detention"_s;
    QTest::newRow("upper case") << publics << u"SORTANT DE DÉTENTION"_s
                                << u"sortant_detention"_s;
    QTest::newRow("extra spaces") << publics << u"  sortant   de détention "_s
                                  << u"sortant_detention"_s;
    QTest::newRow("curly apostrophe") << publics << u"Ménage menacé d’expulsion"_s
                                      << u"menace_expulsion"_s;
    QTest::newRow("english label") << publics << u"Leaving prison"_s
                                   << u"sortant_detention"_s;
    QTest::newRow("composition") << int(ReferenceList::Composition)
                                 << u"famille monoparentale"_s << u"famille_monoparentale"_s;
    QTest::newRow("contact type") << int(ReferenceList::ContactType)
                                  << u"echange avec un partenaire"_s << u"echange_partenaire"_s;
    QTest::newRow("typology") << int(ReferenceList::Typology) << u"t6+"_s << u"t6_plus"_s;
}

void TestReferenceLists::matchFindsCodes()
{
    QFETCH(int, list);
    QFETCH(QString, text);
    QFETCH(QString, code);
    const ReferenceCatalog catalog;
    const std::optional<QString> found = catalog.match(ReferenceList(list), text);
    QVERIFY2(found.has_value(), qPrintable(text));
    QCOMPARE(*found, code);
}

void TestReferenceLists::matchRejectsUnknownText_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << int(ReferenceList::Public) << u"astronaute"_s;
    QTest::newRow("empty") << int(ReferenceList::Public) << QString();
    QTest::newRow("spaces") << int(ReferenceList::Public) << u"   "_s;
    QTest::newRow("partial label") << int(ReferenceList::Public) << u"sortant de"_s;
    QTest::newRow("code of another list") << int(ReferenceList::Composition)
                                          << u"sortant_detention"_s;
}

void TestReferenceLists::matchRejectsUnknownText()
{
    QFETCH(int, list);
    QFETCH(QString, text);
    const ReferenceCatalog catalog;
    QCOMPARE(catalog.match(ReferenceList(list), text), std::nullopt);
}

void TestReferenceLists::customEntriesAreMatchedAndListedAfterBuiltIns()
{
    ReferenceCatalog catalog;
    catalog.addCustom(ReferenceList::Public, u"gens_du_voyage"_s, u"Gens du voyage"_s, true);
    catalog.addCustom(ReferenceList::Public, u"etudiant"_s, u"Étudiant"_s, true);

    const QStringList builtIns = ReferenceLists::builtInCodes(ReferenceList::Public);
    const QList<ReferenceItem> items = catalog.items(ReferenceList::Public);
    const QStringList custom = {u"gens_du_voyage"_s, u"etudiant"_s};
    QCOMPARE(codesOf(items), builtIns + custom);
    QVERIFY(!items.last().builtIn);
    QCOMPARE(items.last().label, u"Étudiant"_s);
    QCOMPARE(items.last().frenchLabel, u"Étudiant"_s);

    QVERIFY(catalog.contains(ReferenceList::Public, u"gens_du_voyage"_s));
    QCOMPARE(catalog.label(ReferenceList::Public, u"gens_du_voyage"_s), u"Gens du voyage"_s);
    QCOMPARE(catalog.match(ReferenceList::Public, u"GENS DU VOYAGE"_s),
             std::optional<QString>(u"gens_du_voyage"_s));
    QCOMPARE(catalog.match(ReferenceList::Public, u"etudiant"_s),
             std::optional<QString>(u"etudiant"_s));
    QCOMPARE(catalog.match(ReferenceList::Public, u"gens_du_voyage"_s),
             std::optional<QString>(u"gens_du_voyage"_s));
    // Built-ins still match as before.
    QCOMPARE(catalog.match(ReferenceList::Public, u"sortant de detention"_s),
             std::optional<QString>(u"sortant_detention"_s));
    const QStringList both = {u"etudiant"_s, u"gens_du_voyage"_s};
    QCOMPARE(catalog.labels(ReferenceList::Public, both),
             u"Étudiant, Gens du voyage"_s);
}

void TestReferenceLists::inactiveCustomEntriesAreHiddenButKnown()
{
    ReferenceCatalog catalog;
    catalog.addCustom(ReferenceList::ContactType, u"visio"_s, u"Visioconférence"_s, false);

    const QStringList builtIns = ReferenceLists::builtInCodes(ReferenceList::ContactType);
    QCOMPARE(codesOf(catalog.items(ReferenceList::ContactType)), builtIns);
    QCOMPARE(codesOf(catalog.items(ReferenceList::ContactType, true)),
             builtIns + QStringList(u"visio"_s));
    // Records that already use it stay valid and readable.
    QVERIFY(catalog.contains(ReferenceList::ContactType, u"visio"_s));
    QCOMPARE(catalog.label(ReferenceList::ContactType, u"visio"_s), u"Visioconférence"_s);
}

void TestReferenceLists::customEntriesStayInTheirList()
{
    ReferenceCatalog catalog;
    catalog.addCustom(ReferenceList::Public, u"gens_du_voyage"_s, u"Gens du voyage"_s, true);
    QVERIFY(!catalog.contains(ReferenceList::Composition, u"gens_du_voyage"_s));
    QCOMPARE(catalog.match(ReferenceList::Composition, u"Gens du voyage"_s), std::nullopt);
    QCOMPARE(codesOf(catalog.items(ReferenceList::Composition)),
             ReferenceLists::builtInCodes(ReferenceList::Composition));
    QVERIFY(!catalog.contains(ReferenceList::Public, u"inconnu"_s));
    QCOMPARE(catalog.label(ReferenceList::Public, u"inconnu"_s), u"inconnu"_s);
}

QTEST_GUILESS_MAIN(TestReferenceLists)
#include "tst_referencelists.moc"
