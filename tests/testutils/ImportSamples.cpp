#include "ImportSamples.h"
#include "Clock.h"

#include "storage/DirectoryRepositories.h"

#include <QDate>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Testing::ImportSamples {

/// The columns every households file must have, and a line that fills them.
const QString Required = u"reference;nom;prenom;type_menage;agence;dispositif;"
                         u"date_debut_accompagnement"_s;
QString validLine(const QString &reference)
{
    return reference + u";Dupont;Hélène;nouvel_entrant;TLS-N;LAAVA;01/03/2019"_s;
}

/// Lines ended with CRLF, as Excel writes them, in UTF-8 without BOM.
QByteArray lines(const QStringList &text, const QString &end)
{
    return (text.join(end) + end).toUtf8();
}

/// What French Excel writes by default ("CSV (séparateur : point-virgule)").
QByteArray windows1252(const QString &text)
{
    static const QHash<char16_t, char> high
            = {{0x20AC, '\x80'}, {0x201A, '\x82'}, {0x2026, '\x85'}, {0x0152, '\x8C'},
               {0x2018, '\x91'}, {0x2019, '\x92'}, {0x201C, '\x93'}, {0x201D, '\x94'},
               {0x2022, '\x95'}, {0x2013, '\x96'}, {0x2014, '\x97'}, {0x0153, '\x9C'},
               {0x0178, '\x9F'}};
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
            bytes += char(u);
        else
            bytes += high.value(u, '?');
    }
    return bytes;
}


/// Every column of households.csv, in IMPORT.md's order.
const QStringList AllColumns = {u"reference"_s,
                                u"nom"_s,
                                u"prenom"_s,
                                u"date_naissance"_s,
                                u"composition"_s,
                                u"nb_enfants"_s,
                                u"publics"_s,
                                u"type_menage"_s,
                                u"agence"_s,
                                u"dispositif"_s,
                                u"partenaire"_s,
                                u"situation_anterieure"_s,
                                u"ressources_mensuelles"_s,
                                u"source_ressources"_s,
                                u"date_orientation"_s,
                                u"issue_orientation"_s,
                                u"date_diagnostic"_s,
                                u"date_rdv_tripartite"_s,
                                u"date_cal"_s,
                                u"decision_cal"_s,
                                u"date_entree_logement"_s,
                                u"type_bail"_s,
                                u"date_glissement"_s,
                                u"adresse"_s,
                                u"commune"_s,
                                u"typologie"_s,
                                u"qpv"_s,
                                u"loyer"_s,
                                u"date_debut_accompagnement"_s,
                                u"date_fin_accompagnement"_s,
                                u"issue_accompagnement"_s,
                                u"date_sortie_logement"_s,
                                u"motif_sortie_logement"_s};

/// A line of households.csv with every column, from the values given by column name.
QString fullLine(const QHash<QString, QString> &values)
{
    QStringList fields;
    for (const QString &column : AllColumns)
        fields << values.value(column);
    return fields.join(u';');
}

/// Two households with every part of their path (one in two actions), in Windows-1252.
QByteArray fullHouseholds(const QString &composition, const QString &end,
                          const QString &outcome, const QStringList &more)
{
    QStringList text{AllColumns.join(u';')};
    text << fullLine({{u"reference"_s, u"2019-001"_s},
                      {u"nom"_s, u"Lefèvre"_s},
                      {u"prenom"_s, u"Zoé"_s},
                      {u"date_naissance"_s, u"12/05/1985"_s},
                      {u"composition"_s, composition},
                      {u"nb_enfants"_s, u"2"_s},
                      {u"publics"_s, u"sans_domicile|Sortant de détention"_s},
                      {u"type_menage"_s, u"nouvel_entrant"_s},
                      {u"agence"_s, u"TLS-N"_s},
                      {u"dispositif"_s, u"LAAVA"_s},
                      {u"partenaire"_s, u"UCRM"_s},
                      {u"situation_anterieure"_s, u"rue"_s},
                      {u"ressources_mensuelles"_s, u"\"1 234,50 €\""_s},
                      {u"source_ressources"_s, u"rsa"_s},
                      {u"date_orientation"_s, u"10/01/2019"_s},
                      {u"issue_orientation"_s, u"acceptee"_s},
                      {u"date_diagnostic"_s, u"20/01/2019"_s},
                      {u"date_rdv_tripartite"_s, u"01/02/2019"_s},
                      {u"date_cal"_s, u"15/02/2019"_s},
                      {u"decision_cal"_s, u"attribution"_s},
                      {u"date_entree_logement"_s, u"01/03/2019"_s},
                      {u"type_bail"_s, u"bail_glissant"_s},
                      {u"date_glissement"_s, u"01/09/2020"_s},
                      {u"adresse"_s, u"3 allée de l’Œillet"_s},
                      {u"commune"_s, u"Toulouse"_s},
                      {u"typologie"_s, u"T2"_s},
                      {u"qpv"_s, u"x"_s},
                      {u"loyer"_s, u"\"412,30 €\""_s},
                      {u"date_debut_accompagnement"_s, u"01/03/2019"_s},
                      {u"date_fin_accompagnement"_s, end},
                      {u"issue_accompagnement"_s, outcome}});
    // The same household in a second action; its other cells left empty.
    text << fullLine({{u"reference"_s, u"2019-001"_s},
                      {u"nom"_s, u"LEFEVRE"_s},
                      {u"prenom"_s, u"zoe"_s},
                      {u"type_menage"_s, u"locataire_en_place"_s},
                      {u"agence"_s, u"TLS-N"_s},
                      {u"dispositif"_s, u"ASR"_s},
                      {u"partenaire"_s, u"UCRM"_s},
                      {u"date_debut_accompagnement"_s, u"01/06/2020"_s}});
    text << fullLine({{u"reference"_s, u"2019-002"_s},
                      {u"nom"_s, u"Martin"_s},
                      {u"prenom"_s, u"Paul"_s},
                      {u"composition"_s, u"personne_seule"_s},
                      {u"nb_enfants"_s, u"0"_s},
                      {u"publics"_s, u"jeune"_s},
                      {u"type_menage"_s, u"nouvel_entrant"_s},
                      {u"agence"_s, u"TLS-N"_s},
                      {u"dispositif"_s, u"LAAVA"_s},
                      {u"situation_anterieure"_s, u"chrs"_s},
                      {u"ressources_mensuelles"_s, u"650"_s},
                      {u"source_ressources"_s, u"are"_s},
                      {u"date_entree_logement"_s, u"01/04/2019"_s},
                      {u"type_bail"_s, u"bail_direct"_s},
                      {u"adresse"_s, u"5 rue X"_s},
                      {u"commune"_s, u"Muret"_s},
                      {u"typologie"_s, u"T1bis"_s},
                      {u"qpv"_s, u"non"_s},
                      {u"loyer"_s, u"300"_s},
                      {u"date_debut_accompagnement"_s, u"01/04/2019"_s},
                      {u"date_fin_accompagnement"_s, u"30/09/2020"_s},
                      {u"issue_accompagnement"_s, u"autonomie"_s},
                      {u"date_sortie_logement"_s, u"30/09/2020"_s},
                      {u"motif_sortie_logement"_s, u"Départ volontaire"_s}});
    text << more;
    return windows1252(text.join(u"\r\n"_s) + u"\r\n"_s);
}

QByteArray fullContacts()
{
    return windows1252(
            u"reference;dispositif;date;type;duree_minutes;auteur;note\r\n"
            u"2019-001;LAAVA;05/03/2019;visite_domicile;60;Mme Bérénice;\"Installation ; "
            u"l’électricité est ouverte\r\nà revoir\"\r\n"
            u"2019-001;ASR;02/06/2020;telephone;15;Mme Bérénice;\r\n"
            u"2019-002;;10/04/2019;Entretien au bureau;45;M. Noël;Point budget\r\n"_s);
}


bool addDirectories(Database &db, const Scope &scope)
{
    Agency agency;
    agency.code = u"TLS-N"_s;
    agency.name = u"Agence Toulouse Nord"_s;
    if (!AgencyRepository(db).save(scope, agency))
        return false;
    for (const auto &[code, name] :
         {std::pair(u"LAAVA"_s, u"Logement Accompagné Adapté Vers l'Autonomie"_s),
          std::pair(u"ASR"_s, u"Accompagnement Social Renforcé"_s)}) {
        Action action;
        action.code = code;
        action.name = name;
        if (!ActionRepository(db).save(scope, action))
            return false;
    }
    Partner partner;
    partner.code = u"UCRM"_s;
    partner.name = u"UCRM"_s;
    partner.kind = u"association"_s;
    return bool(PartnerRepository(db).save(scope, partner));
}

QByteArray storedHouseholds()
{
    return lines({Required + u";nb_enfants"_s,
                  u"R0;Durand;Paul;nouvel_entrant;TLS-N;LAAVA;01/02/2018;1"_s});
}

QByteArray storedContacts()
{
    return lines({u"reference;date;type"_s, u"R0;05/02/2018;telephone"_s});
}

namespace {

/// Collects the samples with QTest's row syntax: row("name") << households << contacts <<
/// expected.
class Collector
{
public:
    class Row
    {
    public:
        explicit Row(MalformedImport &sample) : m_sample(sample) {}
        Row &operator<<(const QByteArray &bytes)
        {
            (m_files++ == 0 ? m_sample.households : m_sample.contacts) = bytes;
            return *this;
        }
        Row &operator<<(const QStringList &expected)
        {
            m_sample.expected = expected;
            return *this;
        }

    private:
        MalformedImport &m_sample;
        int m_files = 0;
    };

    Row row(const QString &name)
    {
        m_samples.append({name, {}, {}, {}});
        return Row(m_samples.last());
    }
    QList<MalformedImport> m_samples;
};

} // namespace

QList<MalformedImport> malformedImports()
{
    Collector collector;
    const auto row = [&collector](const char *name) {
        return collector.row(QString::fromUtf8(name));
    };
    const auto addRow = [&collector](const char *format, const char *argument) {
        return collector.row(QString::asprintf(format, argument));
    };

    const QByteArray noContacts;
    const auto one = [](const QString &extraHeader, const QString &line) {
        return lines({Required + extraHeader, line});
    };
    const QByteArray valid = lines({Required, validLine()});
    const QString future = Passerelle::Clock::today().addDays(1).toString(u"dd/MM/yyyy");

    row("impossible date")
            << one({}, u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;LAAVA;31/02/2019"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_debut_accompagnement : "
                           u"\"31/02/2019\" n'est pas une date"_s};
    row("date in a bad format")
            << one({}, u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;LAAVA;2019/03/01"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_debut_accompagnement : "
                           u"\"2019/03/01\" n'est pas une date (formats acceptés : jj/mm/aaaa ou "
                           u"aaaa-mm-jj)"_s};
    row("missing required column")
            << lines({u"reference;nom;prenom;agence;dispositif;date_debut_accompagnement"_s,
                      u"R1;Dupont;Hélène;TLS-N;LAAVA;01/03/2019"_s})
            << noContacts
            << QStringList{u"households.csv, ligne 1, colonne type_menage : colonne obligatoire "
                           u"absente"_s};
    const QStringList columns = Required.split(u';');
    for (int i = 0; i < columns.size(); ++i) {
        QStringList fields = validLine().split(u';');
        fields[i].clear();
        const QString message = columns.at(i) == u"date_debut_accompagnement"
                                        ? u"valeur obligatoire (sauf si l'issue de l'orientation "
                                          u"est un refus, un non-lieu ou « en cours »)"_s
                                        : u"valeur obligatoire manquante"_s;
        addRow("missing %s", qPrintable(columns.at(i)))
                << one({}, fields.join(u';')) << noContacts
                << QStringList{u"households.csv, ligne 2, colonne "_s + columns.at(i) + u" : "_s
                               + message};
    }
    row("unknown composition")
            << one(u";composition"_s, validLine() + u";famille nombreuse"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne composition : \"famille nombreuse\" "
                           u"n'est pas une valeur connue de la liste « Composition du ménage » "
                           u"(indiquez son code ou son libellé)"_s};
    row("unknown public")
            << one(u";publics"_s, validLine() + u";sans_domicile|SDF"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne publics : \"SDF\" n'est pas une "
                           u"valeur connue de la liste « Publics » (indiquez son code ou son "
                           u"libellé)"_s};
    row("unknown lease type")
            << one(u";date_entree_logement;type_bail;adresse"_s,
                   validLine() + u";01/03/2019;bail_mobilite;5 rue X"_s)
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne type_bail : \"bail_mobilite\" "
                           u"n'est pas une valeur connue de la liste « Type de bail » (indiquez "
                           u"son code ou son libellé)"_s};
    row("support ends before it starts")
            << one(u";date_fin_accompagnement;issue_accompagnement"_s,
                   validLine() + u";28/02/2019;autonomie"_s)
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_fin_accompagnement : "
                           u"\"28/02/2019\" est antérieure au début de l'accompagnement "
                           u"(01/03/2019)"_s};
    row("end of support without outcome")
            << one(u";date_fin_accompagnement;issue_accompagnement"_s,
                   validLine() + u";31/12/2019;"_s)
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne issue_accompagnement : valeur "
                           u"obligatoire quand la colonne date_fin_accompagnement est "
                           u"renseignée"_s};
    row("outcome without end of support")
            << one(u";date_fin_accompagnement;issue_accompagnement"_s,
                   validLine() + u";;autonomie"_s)
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne issue_accompagnement : "
                           u"\"autonomie\" suppose une valeur dans la colonne "
                           u"date_fin_accompagnement"_s};
    const QString lease = u";date_entree_logement;type_bail;date_glissement;adresse;"
                          u"date_sortie_logement"_s;
    row("glissement before the lease")
            << one(lease, validLine() + u";01/03/2019;bail_glissant;01/01/2019;5 rue X;"_s)
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_glissement : \"01/01/2019\" "
                           u"n'est pas postérieure à l'entrée dans le logement (01/03/2019)"_s};
    row("glissement after the exit")
            << one(lease,
                   validLine() + u";01/03/2019;bail_glissant;01/07/2020;5 rue X;30/06/2020"_s)
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_glissement : \"01/07/2020\" "
                           u"est postérieure à la sortie du logement (30/06/2020)"_s};
    row("glissement of a bail direct")
            << one(lease, validLine() + u";01/03/2019;bail_direct;01/07/2020;5 rue X;"_s)
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_glissement : \"01/07/2020\" "
                           u"n'est possible que si la colonne type_bail vaut bail_glissant"_s};
    row("exit before entry")
            << one(lease, validLine() + u";01/03/2019;bail_direct;;5 rue X;01/01/2019"_s)
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_sortie_logement : "
                           u"\"01/01/2019\" est antérieure à l'entrée dans le logement "
                           u"(01/03/2019)"_s};
    row("lease without a dwelling")
            << one(u";date_entree_logement;type_bail"_s,
                   validLine() + u";01/03/2019;bail_direct"_s)
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne adresse : valeur obligatoire quand "
                           u"la colonne date_entree_logement est renseignée"_s};
    row("exit without a lease")
            << one(u";date_sortie_logement"_s, validLine() + u";30/06/2020"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_sortie_logement : aucun bail "
                           u"n'est connu pour ce ménage : renseignez les colonnes "
                           u"date_entree_logement et type_bail"_s};
    row("too many fields")
            << lines({Required, validLine(), validLine(u"R2"_s) + u";de trop"_s}) << noContacts
            << QStringList{u"households.csv, ligne 3 : la ligne compte 8 champs au lieu de 7 "
                           u"(vérifiez les séparateurs et les guillemets)"_s};
    row("unclosed quote")
            << lines({Required, validLine(),
                      u"R2;Dupont;Hélène;nouvel_entrant;TLS-N;LAAVA;\"01/03/2019"_s,
                      validLine(u"R3"_s)})
            << noContacts
            << QStringList{u"households.csv, ligne 3, colonne date_debut_accompagnement : "
                           u"\"01/03/2019…\" un champ entre guillemets n'est pas refermé : il "
                           u"manque un \" (la suite du fichier ne peut pas être lue)"_s};
    row("stray quote")
            << lines({Required, u"R1;\"Dupont\" dit Martin;Hélène;nouvel_entrant;TLS-N;LAAVA;"
                                u"01/03/2019"_s})
            << noContacts
            << QStringList{u"households.csv, ligne 2, colonne nom : \"Dupont dit Martin\" des "
                           u"caractères suivent le guillemet fermant d'un champ (un guillemet à "
                           u"l'intérieur d'un champ entre guillemets doit être doublé)"_s};
    row("empty file") << QByteArray("\r\n\r\n") << noContacts
                                << QStringList{u"households.csv : le fichier est vide"_s};
    row("header only")
            << lines({Required}) << noContacts
            << QStringList{u"households.csv : le fichier a une ligne d'en-tête mais aucune "
                           u"donnée"_s};
    row("binary file")
            << QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0")
            << noContacts
            << QStringList{u"households.csv : le fichier n'est pas un fichier texte (CSV)"_s};
    row("spreadsheet file")
            << QByteArrayLiteral("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0") << noContacts
            << QStringList{u"households.csv : le fichier est un classeur, pas un fichier CSV : "
                           u"enregistrez-le au format « CSV (séparateur : point-virgule) » et "
                           u"importez ce fichier"_s};
    row("mixed encodings")
            << QByteArray(lines({Required, validLine()}) + windows1252(validLine(u"R2"_s))
                          + "\r\n")
            << noContacts
            << QStringList{u"households.csv, ligne 3 : le fichier mélange les encodages UTF-8 et "
                           u"Windows-1252 (ici pour la première fois) : enregistrez-le de nouveau "
                           u"au format « CSV UTF-8 »"_s};
    row("amount 12,3,4 €")
            << one(u";ressources_mensuelles"_s, validLine() + u";12,3,4 €"_s) << noContacts
            << QStringList{
                       u"households.csv, ligne 2, colonne ressources_mensuelles : \"12,3,4 €\" "
                       u"n'est pas un montant (par exemple 1 234,50 €)"_s};
    row("yes/no peut-être")
            << one(u";adresse;qpv"_s, validLine() + u";5 rue X;peut-être"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne qpv : \"peut-être\" n'est pas une "
                           u"réponse oui/non (oui, non, o, n, 1, 0, x ou vide)"_s};
    row("children -1")
            << one(u";nb_enfants"_s, validLine() + u";-1"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne nb_enfants : \"-1\" n'est pas un "
                           u"nombre entier positif ou nul"_s};
    row("children deux")
            << one(u";nb_enfants"_s, validLine() + u";deux"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne nb_enfants : \"deux\" n'est pas un "
                           u"nombre entier positif ou nul"_s};
    row("same reference, two names")
            << lines({Required, validLine(),
                      u"R1;Martin;Hélène;nouvel_entrant;TLS-N;ASR;01/03/2019"_s})
            << noContacts
            << QStringList{u"households.csv, ligne 3, colonne nom : \"Martin\" n'est pas le nom "
                           u"« Dupont Hélène » donné ligne 2 pour la même référence"_s};
    row("name of the stored household")
            << one({}, u"R0;Martin;Paul;nouvel_entrant;TLS-N;LAAVA;01/03/2019"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne nom : \"Martin\" n'est pas le nom "
                           u"« DURAND Paul » du ménage déjà enregistré sous cette référence"_s};
    row("two lines for one action")
            << lines({Required, validLine(),
                      u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;Accompagnement social renforcé;"
                      u"01/03/2019"_s,
                      u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;laava;01/04/2019"_s})
            << noContacts
            << QStringList{u"households.csv, ligne 4, colonne dispositif : \"laava\" figure déjà "
                           u"ligne 2 pour cette référence : un ménage a une seule ligne par "
                           u"dispositif"_s};
    row("support after a refusal")
            << one(u";issue_orientation"_s, validLine() + u";refus_bailleur"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_debut_accompagnement : "
                           u"\"01/03/2019\" est donnée alors que l'issue de l'orientation est "
                           u"« Refus du bailleur » : aucun accompagnement ne suit"_s};
    row("CAL date without decision")
            << one(u";date_cal;decision_cal"_s, validLine() + u";05/02/2019;"_s) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne decision_cal : valeur obligatoire "
                           u"quand la colonne date_cal est renseignée"_s};
    row("referral in the future")
            << one(u";date_orientation"_s, validLine() + u";"_s + future) << noContacts
            << QStringList{u"households.csv, ligne 2, colonne date_orientation : La date de "
                           u"l'orientation ("_s
                           + future + u") est dans le futur."_s};
    row("several errors, all reported")
            << lines({Required + u";nb_enfants"_s, validLine() + u";1"_s,
                      u"R2;Martin;Paul;nouvel_entrant;TLS-N;LAAVA;31/02/2019;"_s,
                      validLine(u"R3"_s) + u";1"_s,
                      u"R4;Durand;Léa;nouvel_entrant;;LAAVA;01/03/2019;trois"_s})
            << noContacts
            << QStringList{u"households.csv, ligne 3, colonne date_debut_accompagnement : "
                           u"\"31/02/2019\" n'est pas une date"_s,
                           u"households.csv, ligne 5, colonne nb_enfants : \"trois\" n'est pas un "
                           u"nombre entier positif ou nul"_s,
                           u"households.csv, ligne 5, colonne agence : valeur obligatoire "
                           u"manquante"_s};

    // contacts.csv
    const auto contact = [](const QString &line) {
        return lines({u"reference;dispositif;date;type;duree_minutes"_s, line});
    };
    row("contact before 1990")
            << valid << contact(u"R1;;31/12/1989;telephone;"_s)
            << QStringList{u"contacts.csv, ligne 2, colonne date : \"31/12/1989\" est antérieure "
                           u"à 1990"_s};
    row("contact in the future")
            << valid << contact(u"R1;;"_s + future + u";telephone;"_s)
            << QStringList{u"contacts.csv, ligne 2, colonne date : \""_s + future
                           + u"\" est dans le futur"_s};
    row("contact without date")
            << valid << contact(u"R1;;;telephone;"_s)
            << QStringList{u"contacts.csv, ligne 2, colonne date : valeur obligatoire "
                           u"manquante"_s};
    row("contact for an unknown reference")
            << valid << contact(u"R9;;02/03/2019;telephone;"_s)
            << QStringList{u"contacts.csv, ligne 2, colonne reference : \"R9\" n'est la "
                           u"référence d'aucun ménage de households.csv ni de la base"_s};
    row("contact type unknown")
            << valid << contact(u"R1;;02/03/2019;visio;"_s)
            << QStringList{u"contacts.csv, ligne 2, colonne type : \"visio\" n'est pas une "
                           u"valeur connue de la liste « Type de contact » (indiquez son code ou "
                           u"son libellé)"_s};
    row("contact too long")
            << valid << contact(u"R1;;02/03/2019;telephone;1500"_s)
            << QStringList{u"contacts.csv, ligne 2, colonne duree_minutes : \"1500\" est trop "
                           u"grand (1440 au plus)"_s};
    row("contact without dispositif, two actions")
            << lines({Required, validLine(),
                      u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;ASR;01/03/2019"_s})
            << contact(u"R1;;02/03/2019;telephone;"_s)
            << QStringList{u"contacts.csv, ligne 2, colonne dispositif : valeur obligatoire : ce "
                           u"ménage est accompagné dans plusieurs dispositifs (ASR, LAAVA)"_s};
    row("contact in another action")
            << valid << contact(u"R1;ASR;02/03/2019;telephone;"_s)
            << QStringList{u"contacts.csv, ligne 2, colonne dispositif : \"ASR\" n'est pas un "
                           u"dispositif de ce ménage"_s};
    row("errors in both files")
            << one({}, u"R1;Dupont;Hélène;nouvel_entrant;TLS-N;LAAVA;1er mars"_s)
            << lines({u"reference;date;type"_s, u"R1;02/03/2019;telephone"_s,
                      u"R1;02/13/2019;telephone"_s})
            << QStringList{u"households.csv, ligne 2, colonne date_debut_accompagnement : "
                           u"\"1er mars\" n'est pas une date (formats acceptés : jj/mm/aaaa ou "
                           u"aaaa-mm-jj)"_s,
                           u"contacts.csv, ligne 3, colonne date : \"02/13/2019\" n'est pas une "
                           u"date"_s};

    return collector.m_samples;
}

} // namespace Passerelle::Testing::ImportSamples
