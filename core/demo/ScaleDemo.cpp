// The synthetic base at the scale of a regional landlord (see ScaleDemo.h). Every name,
// address and story is invented; the data is what CESF advisors and referents would type:
// French, factual, never judgemental.
#include "ScaleDemo.h"

#include "DemoTemplates.h"

#include "DemoData.h"
#include "domain/Consent.h"
#include "domain/ReferenceLists.h"
#include "households/ExitRules.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::ScaleDemo {
namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(ScaleDemo)
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList codes(const char *pipeSeparated)
{
    QStringList list = s(pipeSeparated).split(u'|', Qt::SkipEmptyParts);
    std::sort(list.begin(), list.end());
    return list;
}

// --- randomness ------------------------------------------------------------------------------

/// SplitMix64: small, fast, and the same numbers on every machine for a seed (no floating
/// point anywhere in the draws).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// 0 to n - 1 (n > 0).
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    /// low to high, both included.
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }
    /// The index of a weight, drawn in proportion to the weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int draw = below(total);
        int index = 0;
        for (int w : weights) {
            if (draw < w)
                return index;
            draw -= w;
            ++index;
        }
        return index - 1;
    }

private:
    quint64 m_state;
};

/// A seed for one stream of draws (a household, an agency's committees…), so that each
/// household's details depend on the seed and its number only.
quint64 streamSeed(quint64 seed, quint64 stream, quint64 index)
{
    Rng mix(seed ^ (stream * 0xd1b54a32d192ed03ULL) ^ (index * 0x8cb92ba72f3d8dd7ULL));
    return mix.next();
}

// --- the territory -----------------------------------------------------------------------

struct Commune
{
    const char *name;
    const char *postalCode;
};

struct AgencySeed
{
    const char *code;
    const char *name;
    int weight; ///< relative number of households
    const char *phone;
    const char *address;
    QList<Commune> communes;
};

/// The 40 agencies of the regional landlord, in Occitanie; the first three are the demo's.
const QList<AgencySeed> &agencySeeds()
{
    // clang-format off
    static const QList<AgencySeed> seeds = {
        {"TLS-NORD", "", 4, "",
         "",
         {{"Toulouse", "31200"}, {"Blagnac", "31700"}, {"Aucamville", "31140"}}},
        {"TLS-SUD", "", 4, "",
         "",
         {{"Toulouse", "31400"}, {"Ramonville-Saint-Agne", "31520"},
          {"Castanet-Tolosan", "31320"}}},
        {"MURET", "", 2, "",
         "",
         {{"Muret", "31600"}, {"Portet-sur-Garonne", "31120"},
          {"Roques", "31120"}, {"Seysses", "31600"}}},
        {"TLS-CENTRE", "Agence Toulouse Centre", 3, "05 61 12 40 40",
         "2 rue d'Alsace-Lorraine, 31000 Toulouse",
         {{"Toulouse", "31000"}, {"Toulouse", "31300"}}},
        {"TLS-OUEST", "Agence Toulouse Ouest", 4, "05 61 12 40 50",
         "35 avenue de Reynerie, 31100 Toulouse",
         {{"Toulouse", "31100"}, {"Tournefeuille", "31170"}, {"Cugnaux", "31270"}}},
        {"COLOMIERS", "Agence de Colomiers", 2, "05 61 12 40 60",
         "1 allée du Rouergue, 31770 Colomiers",
         {{"Colomiers", "31770"}, {"Pibrac", "31820"}, {"Léguevin", "31490"}}},
        {"BALMA", "Agence Toulouse Est", 2, "05 61 12 40 70",
         "8 avenue des Arènes, 31130 Balma",
         {{"Balma", "31130"}, {"L'Union", "31240"}, {"Saint-Jean", "31240"}}},
        {"COMMINGES", "Agence du Comminges", 1, "05 61 12 40 80",
         "14 boulevard Jean-Bepmale, 31800 Saint-Gaudens",
         {{"Saint-Gaudens", "31800"}, {"Montréjeau", "31210"}}},
        {"ALBI", "Agence d'Albi", 2, "05 63 12 41 10",
         "3 rue de la Croix-Verte, 81000 Albi",
         {{"Albi", "81000"}, {"Saint-Juéry", "81160"}}},
        {"CASTRES", "Agence de Castres-Mazamet", 2, "05 63 12 41 20",
         "6 place Soult, 81100 Castres",
         {{"Castres", "81100"}, {"Mazamet", "81200"}}},
        {"GAILLAC", "Agence de Gaillac-Graulhet", 1, "05 63 12 41 30",
         "11 place de la Libération, 81600 Gaillac",
         {{"Gaillac", "81600"}, {"Graulhet", "81300"}}},
        {"MONTAUBAN", "Agence de Montauban", 3, "05 63 12 42 10",
         "20 faubourg Lacapelle, 82000 Montauban",
         {{"Montauban", "82000"}}},
        {"CASTELSARRASIN", "Agence de Castelsarrasin-Moissac", 1, "05 63 12 42 20",
         "4 promenade du Château, 82100 Castelsarrasin",
         {{"Castelsarrasin", "82100"}, {"Moissac", "82200"}}},
        {"AUCH", "Agence d'Auch", 1, "05 62 12 43 10",
         "9 rue Victor-Hugo, 32000 Auch",
         {{"Auch", "32000"}, {"Pavie", "32550"}}},
        {"TARBES", "Agence de Tarbes", 3, "05 62 12 44 10",
         "17 rue Maréchal-Foch, 65000 Tarbes",
         {{"Tarbes", "65000"}, {"Aureilhan", "65800"}, {"Séméac", "65600"}}},
        {"LOURDES", "Agence de Lourdes", 1, "05 62 12 44 20",
         "5 avenue Maransin, 65100 Lourdes",
         {{"Lourdes", "65100"}, {"Argelès-Gazost", "65400"}}},
        {"PAMIERS", "Agence de Pamiers", 1, "05 61 12 45 10",
         "12 rue Gabriel-Péri, 09100 Pamiers",
         {{"Pamiers", "09100"}, {"Saverdun", "09700"}}},
        {"FOIX", "Agence de Foix", 1, "05 61 12 45 20",
         "2 allées de Villote, 09000 Foix",
         {{"Foix", "09000"}, {"Tarascon-sur-Ariège", "09400"}}},
        {"CARCASSONNE", "Agence de Carcassonne", 3, "04 68 12 46 10",
         "25 boulevard Barbès, 11000 Carcassonne",
         {{"Carcassonne", "11000"}, {"Trèbes", "11800"}}},
        {"NARBONNE", "Agence de Narbonne", 2, "04 68 12 46 20",
         "7 cours Mirabeau, 11100 Narbonne",
         {{"Narbonne", "11100"}, {"Coursan", "11110"}}},
        {"CASTELNAUDARY", "Agence du Lauragais", 1, "04 68 12 46 30",
         "3 cours de la République, 11400 Castelnaudary",
         {{"Castelnaudary", "11400"}, {"Bram", "11150"}}},
        {"LIMOUX", "Agence de Limoux", 1, "04 68 12 46 40",
         "10 avenue Fabre-d'Églantine, 11300 Limoux",
         {{"Limoux", "11300"}, {"Quillan", "11500"}}},
        {"PERPIGNAN-NORD", "Agence de Perpignan Nord", 3, "04 68 12 47 10",
         "44 avenue du Languedoc, 66000 Perpignan",
         {{"Perpignan", "66000"}, {"Rivesaltes", "66600"}}},
        {"PERPIGNAN-SUD", "Agence de Perpignan Sud", 3, "04 68 12 47 20",
         "18 avenue de Prades, 66100 Perpignan",
         {{"Perpignan", "66100"}, {"Cabestany", "66330"}, {"Canet-en-Roussillon", "66140"}}},
        {"BEZIERS", "Agence de Béziers", 3, "04 67 12 48 10",
         "30 allées Paul-Riquet, 34500 Béziers",
         {{"Béziers", "34500"}, {"Sérignan", "34410"}}},
        {"AGDE", "Agence d'Agde", 1, "04 67 12 48 20",
         "5 rue Jean-Roger, 34300 Agde",
         {{"Agde", "34300"}, {"Pézenas", "34120"}}},
        {"SETE", "Agence du Bassin de Thau", 2, "04 67 12 48 30",
         "21 quai de Bosc, 34200 Sète",
         {{"Sète", "34200"}, {"Frontignan", "34110"}}},
        {"MTP-NORD", "Agence de Montpellier Nord", 4, "04 67 12 48 40",
         "2 avenue de Barcelone, 34080 Montpellier",
         {{"Montpellier", "34080"}, {"Montpellier", "34090"}, {"Grabels", "34790"}}},
        {"MTP-SUD", "Agence de Montpellier Sud", 4, "04 67 12 48 50",
         "125 avenue de Palavas, 34070 Montpellier",
         {{"Montpellier", "34070"}, {"Lattes", "34970"}, {"Pérols", "34470"}}},
        {"LUNEL", "Agence de Lunel", 1, "04 67 12 48 60",
         "8 boulevard Lafayette, 34400 Lunel",
         {{"Lunel", "34400"}, {"Mauguio", "34130"}}},
        {"NIMES-EST", "Agence de Nîmes Est", 3, "04 66 12 49 10",
         "6 rue de la République, 30000 Nîmes",
         {{"Nîmes", "30000"}, {"Marguerittes", "30320"}}},
        {"NIMES-OUEST", "Agence de Nîmes Ouest", 3, "04 66 12 49 20",
         "12 avenue Jean-Jaurès, 30900 Nîmes",
         {{"Nîmes", "30900"}, {"Saint-Gilles", "30800"}}},
        {"ALES", "Agence d'Alès", 2, "04 66 12 49 30",
         "4 place de l'Hôtel-de-Ville, 30100 Alès",
         {{"Alès", "30100"}, {"Saint-Christol-lez-Alès", "30380"}}},
        {"BAGNOLS", "Agence de Bagnols-sur-Cèze", 1, "04 66 12 49 40",
         "9 rue Crémieux, 30200 Bagnols-sur-Cèze",
         {{"Bagnols-sur-Cèze", "30200"}, {"Pont-Saint-Esprit", "30130"}}},
        {"RODEZ", "Agence de Rodez", 2, "05 65 12 50 10",
         "15 avenue Victor-Hugo, 12000 Rodez",
         {{"Rodez", "12000"}, {"Onet-le-Château", "12850"}}},
        {"MILLAU", "Agence de Millau", 1, "05 65 12 50 20",
         "3 boulevard de l'Ayrolle, 12100 Millau",
         {{"Millau", "12100"}, {"Saint-Affrique", "12400"}}},
        {"VILLEFRANCHE", "Agence de l'Ouest aveyronnais", 1, "05 65 12 50 30",
         "6 promenade du Guiraudet, 12200 Villefranche-de-Rouergue",
         {{"Villefranche-de-Rouergue", "12200"}, {"Decazeville", "12300"}}},
        {"CAHORS", "Agence de Cahors", 1, "05 65 12 51 10",
         "10 boulevard Gambetta, 46000 Cahors",
         {{"Cahors", "46000"}, {"Pradines", "46090"}}},
        {"FIGEAC", "Agence de Figeac", 1, "05 65 12 51 20",
         "2 allée Victor-Hugo, 46100 Figeac",
         {{"Figeac", "46100"}, {"Capdenac-Gare", "12700"}}},
        {"MENDE", "Agence de Lozère", 1, "04 66 12 52 10",
         "5 boulevard Henri-Bourrillon, 48000 Mende",
         {{"Mende", "48000"}, {"Marvejols", "48100"}}},
    };
    // clang-format on
    return seeds;
}

const QList<const char *> &streets()
{
    // clang-format off
    static const QList<const char *> list = {
        "rue des Lilas", "rue Jean-Jaurès", "avenue de la République", "rue Victor-Hugo",
        "allée des Tilleuls", "rue Pasteur", "boulevard Gambetta", "rue de la Paix",
        "chemin des Vignes", "rue Jules-Ferry", "place du Marché", "rue des Écoles",
        "impasse des Cerisiers", "rue du Moulin", "avenue des Pyrénées", "rue Émile-Zola",
        "rue Paul-Bert", "rue Anatole-France", "allée des Peupliers", "rue de la Gare",
        "rue du Stade", "rue des Acacias", "avenue Jean-Moulin", "rue Voltaire", "rue Molière",
        "rue Condorcet", "rue des Platanes", "rue Saint-Exupéry", "rue Georges-Brassens",
        "résidence Les Cèdres, bâtiment B", "résidence du Parc, bâtiment A", "cité des Fleurs",
        "rue Frédéric-Mistral", "avenue de l'Europe", "rue Lamartine", "rue des Roses",
        "rue Marcel-Pagnol", "rue Aristide-Briand", "allée des Chênes", "rue du Languedoc",
    };
    return list;
    // clang-format on
}

// --- names -------------------------------------------------------------------------------

const QList<QString> &lastNames()
{
    // clang-format off
    static const QList<QString> list = [] {
        QList<QString> names;
        for (const char *n :
             {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS",
              "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID",
              "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT",
              "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER", "FAURE", "ANDRÉ", "MERCIER", "BLANC",
              "GUÉRIN", "BOYER", "GARNIER", "CHEVALIER", "FRANÇOIS", "LEGRAND", "GAUTHIER",
              "GARCIA", "PERRIN", "ROBIN", "CLÉMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL",
              "MATHIEU", "MASSON", "MARCHAND", "DUVAL", "DENIS", "DUMONT", "LEMAIRE", "NOËL",
              "MEYER", "DUFOUR", "MEUNIER", "BRUN", "BLANCHARD", "GIRAUD", "JOLY", "RIVIÈRE",
              "LUCAS", "BRUNET", "GAILLARD", "BARBIER", "ARNAUD", "MARTINEZ", "GÉRARD", "ROCHE",
              "RENARD", "SCHMITT", "ROY", "LEROUX", "COLIN", "VIDAL", "CARON", "PICARD",
              "ROGER", "FABRE", "AUBERT", "LEMOINE", "RENAUD", "DUMAS", "LACROIX", "OLIVIER",
              "PHILIPPE", "BOURGEOIS", "BENOIT", "REY", "LECLERC", "ROLLAND", "GUILLAUME",
              "LECOMTE", "LOPEZ", "DUPUY", "GUILLOT", "HUBERT", "BERGER", "CARPENTIER",
              "SANCHEZ", "DUPUIS", "MOULIN", "LOUIS", "DESCHAMPS", "HUET", "VASSEUR", "PEREZ",
              "BOUCHER", "FLEURY", "ROYER", "KLEIN", "JACQUET", "ADAM", "POIRIER", "MARTY",
              "AUBRY", "GUYOT", "CARRÉ", "RENAULT", "CHARPENTIER", "MÉNARD", "MAILLARD",
              "BARON", "BERTIN", "BAILLY", "HERVÉ", "FERNANDEZ", "LE GALL", "COLLET", "LÉGER",
              "BOUVIER", "JULIEN", "PRÉVOST", "MILLET", "PERROT", "COUSIN", "GERMAIN", "BRETON",
              "BESSON", "LANGLOIS", "RÉMY", "PELLETIER", "LÉVÊQUE", "PERRIER", "LEBLANC",
              "BARRÉ", "LEBRUN", "MARCHAL", "WEBER", "MALLET", "HAMON", "BOULANGER", "JACOB",
              "MONNIER", "MICHAUD", "RODRIGUEZ", "GUICHARD", "GILLET", "ÉTIENNE", "TESSIER",
              "CHAUVIN", "DA SILVA", "BOUCHET", "LEMAÎTRE", "HUMBERT", "REYNAUD", "ANTOINE",
              "PERRET", "CORDIER", "PICHON", "LEJEUNE", "GILBERT", "LAMY", "DELAUNAY", "LAPORTE",
              "CAZENAVE", "SABATIER", "BOUSQUET", "CASTEX", "SOULA", "VIGUIER", "CAMBON",
              "ALBERT", "COMBES", "LAFFONT", "SALVAT", "PUJOL", "ESTÈVE", "RAYNAUD", "BENALI",
              "HADDAD", "KONATÉ", "TRAORÉ", "DIALLO", "CAMARA", "NGUYEN", "PEREIRA",
              "DOS SANTOS", "FERREIRA", "ALVES", "MENDES", "BELKACEM", "BOUZID", "KHELIFI",
              "MEZIANE", "CHERIF", "AMRANI", "YILMAZ", "KAYA", "DEMIR", "POPESCU", "KOWALSKI",
              "SISSOKO", "DIOP", "NDIAYE", "SOW", "TOURÉ", "KEITA", "COULIBALY", "SAÏDI",
              "HAMIDI", "OUALI", "RAHMANI", "TAVARES", "LOPES", "GOMES", "MARQUES", "RIBEIRO",
              "MARTINS", "CARVALHO", "TRAN", "PHAM", "ZERROUK", "MANSOURI", "BOUAZIZ"})
            names << s(n);
        return names;
    }();
    return list;
    // clang-format on
}

const QList<QString> &firstNames(bool female)
{
    // clang-format off
    static const QList<QString> women = [] {
        QList<QString> names;
        for (const char *n :
             {"Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine", "Valérie",
              "Christine", "Céline", "Stéphanie", "Aurélie", "Julie", "Émilie", "Sophie",
              "Laëtitia", "Élodie", "Audrey", "Virginie", "Caroline", "Mélanie", "Karine",
              "Vanessa", "Laura", "Camille", "Manon", "Léa", "Chloé", "Sarah", "Inès", "Jade",
              "Lina", "Emma", "Louise", "Océane", "Anaïs", "Amandine", "Jessica", "Coralie",
              "Nadia", "Samira", "Fatima", "Amina", "Aïcha", "Yasmina", "Nora", "Leïla", "Sonia",
              "Karima", "Malika", "Hélène", "Monique", "Françoise", "Josiane", "Martine",
              "Brigitte", "Nicole", "Danielle", "Chantal", "Patricia", "Fatou", "Aminata",
              "Mariam", "Awa", "Ana", "Maria", "Ioana", "Elena", "Tatiana", "Linh", "Morgane",
              "Lucie", "Nina", "Alice", "Zoé", "Lola", "Clara", "Agathe", "Mathilde", "Justine",
              "Pauline", "Marine", "Charlotte", "Margaux", "Romane"})
            names << s(n);
        return names;
    }();
    static const QList<QString> men = [] {
        QList<QString> names;
        for (const char *n :
             {"Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick", "Nicolas", "Christophe",
              "Christian", "Daniel", "Éric", "Laurent", "Frédéric", "Stéphane", "David",
              "Olivier", "Sébastien", "Julien", "Thomas", "Jérôme", "Romain", "Kévin",
              "Anthony", "Mickaël", "Maxime", "Alexandre", "Hugo", "Lucas", "Théo", "Nathan",
              "Enzo", "Louis", "Mathis", "Noah", "Adam", "Rayan", "Yanis", "Mohamed", "Karim",
              "Mehdi", "Samir", "Rachid", "Nabil", "Hamza", "Ibrahima", "Moussa", "Mamadou",
              "Ousmane", "Sékou", "Bakary", "Paulo", "João", "Miguel", "Dylan", "Jordan",
              "Florian", "Damien", "Guillaume", "Benoît", "Cédric", "Fabrice", "Franck",
              "Thierry", "Pascal", "Bernard", "Gérard", "Jacques", "René", "Roger", "André",
              "Serge", "Ahmed", "Youssef", "Ali", "Omar", "Dimitri", "Andrei", "Vasile", "Minh",
              "Gabriel", "Arthur", "Jules", "Léo", "Tom", "Baptiste", "Quentin"})
            names << s(n);
        return names;
    }();
    return female ? women : men;
    // clang-format on
}

// --- partners and actions ----------------------------------------------------------------

struct PartnerSeed
{
    const char *code, *name, *kind, *fields, *address, *phone, *email, *contact, *function;
};

/// Partners of the region besides the demo's (Demo::partners()).
const QList<PartnerSeed> &morePartners()
{
    static const QList<PartnerSeed> seeds = {
            {"EPSM", "EPSM Occitanie — pôle de psychiatrie adulte", "etablissement_sante",
             "addictions|sante_mentale", "12 chemin de la Colline, 31100 Toulouse",
             "05 61 20 00 21", "coordination@epsm-occitanie.example", "Docteure Hélène VIGUIER",
             "Psychiatre coordinatrice de la cellule logement"},
            {"UDAF", "UDAF Occitanie", "association", "acces_maintien",
             "5 rue de Metz, 31000 Toulouse", "05 61 20 00 22", "mjpm@udaf-occitanie.example",
             "François CAZENAVE", "Délégué aux prestations familiales"},
            {"CAF", "CAF de la Haute-Garonne", "organisme_social", "acces_maintien",
             "24 rue Riquet, 31000 Toulouse", "05 61 20 00 23", "partenaires@caf31.example",
             "Valérie SOULA", "Travailleuse sociale CAF"},
            {"DEPARTEMENT", "Département de la Haute-Garonne (FSL)", "collectivite",
             "acces_maintien", "1 boulevard de la Marquette, 31000 Toulouse", "05 61 20 00 24",
             "fsl@departement.example", "Thierry SABATIER",
             "Chargé du Fonds de solidarité logement"},
            {"TERRE-ACCUEIL", "Terre d'Accueil Occitanie", "association",
             "acces_maintien|insertion", "18 rue des Récollets, 31400 Toulouse", "05 61 20 00 25",
             "contact@terre-accueil.example", "Amina BELKACEM", "Coordinatrice de l'accueil"},
            {"FRANCE-TRAVAIL", "France Travail Occitanie", "service_etat", "insertion",
             "33 avenue de Lyon, 31500 Toulouse", "05 61 20 00 26", "entreprises@ft.example",
             "Romain PUJOL", "Conseiller à l'emploi"},
            {"CHEZ-SOI", "Chez-Soi Accompagné", "association", "acces_maintien|sante_mentale",
             "7 rue Matabiau, 31000 Toulouse", "05 61 20 00 27", "equipe@chez-soi.example",
             "Lucie BOUSQUET", "Intervenante pair-aidante"},
            {"MEDIATION-SUD", "Médiation Sud Habitat", "association", "mediation|parentalite",
             "41 avenue Jean-Rieux, 31500 Toulouse", "05 61 20 00 28",
             "mediation@mediation-sud.example", "Karim ZERROUK", "Médiateur social"},
    };
    return seeds;
}

struct ActionSeed
{
    const char *code;
    const char *name;
    const char *description;
    const char *category;
    const char *publics; ///< the first is the main public
    const char *leadPartner;
    int fromYear;  ///< years after the first year of the ten
    int untilYear; ///< last year, or -1 while it goes on
    int weight;    ///< relative number of households entering in a year
};

const QList<ActionSeed> &actionSeeds()
{
    static const QList<ActionSeed> seeds = {
            {"LAAVA", "LAAVA « Logement Accompagné Adapté Vers l'Autonomie »",
             "Accès direct au logement de personnes sortant de la rue ou de détention, avec un "
             "accompagnement social renforcé.",
             "acces", "sans_domicile|sortant_detention", "UCRM", 0, 4, 3},
            {"PREVENTION-EXPULSIONS", "Prévenir les expulsions des locataires en place",
             "Accompagnement de locataires en place en impayés ou fragilisés pour éviter la "
             "résiliation du bail.",
             "maintien", "menace_expulsion|difficultes_economiques", "EDUCAIR", 0, -1, 4},
            {"PREMIER-LOGEMENT", "Premier logement des jeunes",
             "Accès à un premier logement autonome de jeunes de moins de 30 ans sortant de l'Aide "
             "sociale à l'enfance ou hébergés chez des tiers.",
             "acces", "jeune|jeune_ase|heberge_tiers", "MISSION-LOCALE", 1, 6, 2},
            {"APRES-VIOLENCES", "Un logement après les violences",
             "Accès au logement de femmes victimes de violences conjugales ou intrafamiliales "
             "sortant d'hébergement, et de leurs enfants.",
             "acces", "victime_violences|sortant_hebergement", "AMANDIER", 2, -1, 2},
            {"SORTANTS-DETENTION", "Préparer la sortie de détention par le logement",
             "Logement et accompagnement de personnes sortant de détention, préparés avec le SPIP "
             "dans les commissions de préparation à la sortie.",
             "acces", "sortant_detention", "SPIP", 2, 7, 1},
            {"ASR", "Accompagnement social renforcé",
             "Accompagnement intensif, au moins une visite par semaine, de ménages entrants ou en "
             "place cumulant les difficultés.",
             "acces_maintien", "difficultes_economiques|dalo|heberge_tiers", "CCAS", 3, 7, 3},
            {"SANTE-MENTALE", "Cellule santé mentale et logement",
             "Maintien dans le logement de locataires souffrant de troubles psychiques ou "
             "d'addictions, avec l'équipe mobile de l'EPSM.",
             "maintien", "troubles_psychiques|addiction", "EPSM", 3, -1, 2},
            {"SENIORS", "Bien vieillir chez soi",
             "Maintien à domicile de locataires âgés isolés ou en perte d'autonomie : adaptation "
             "du "
             "logement, aides à domicile, liens sociaux.",
             "maintien", "senior_isole|handicap", "CCAS", 4, 8, 2},
            {"ACCUEIL-REFUGIES", "Accueillir les réfugiés dans le parc social",
             "Accès au logement de personnes réfugiées sortant du dispositif d'asile, avec un "
             "accompagnement vers l'emploi et les droits.",
             "acces", "refugie", "TERRE-ACCUEIL", 5, -1, 1},
            {"HH-SORTIE-RS", "Partenariat Habitat et Humanisme — sortie de résidence sociale",
             "Accès au logement de jeunes et de femmes sortant des résidences sociales "
             "temporaires, "
             "en bail direct ou en sous-location avec bail glissant.",
             "acces", "sortant_hebergement|jeune|victime_violences", "HH", 6, -1, 2},
            {"LOGEMENT-DABORD", "Logement d'abord : un chez-soi accompagné",
             "Accès direct au logement de personnes sans domicile souffrant de troubles "
             "psychiques, "
             "sans passer par l'hébergement.",
             "acces", "sans_domicile|troubles_psychiques", "CHEZ-SOI", 6, -1, 2},
            {"RESEAU-MAINTIEN", "Réseau de partenaires pour le maintien des locataires en place",
             "Accompagnement de locataires en place fragilisés par un réseau de partenaires "
             "spécialisés mobilisés par les CESF des agences.",
             "maintien",
             "menace_expulsion|troubles_psychiques|addiction|senior_isole|difficultes_economiques",
             "MEDIATION-SUD", 7, -1, 4},
    };
    return seeds;
}

/// Partners that work with a public (supporting or referring the household).
QStringList partnersForPublic(const QString &code)
{
    static const QHash<QString, QStringList> map = {
            {u"sans_domicile"_s, {u"UCRM"_s, u"CHEZ-SOI"_s, u"CCAS"_s}},
            {u"sortant_detention"_s, {u"SPIP"_s, u"UCRM"_s}},
            {u"jeune"_s, {u"MISSION-LOCALE"_s, u"HH"_s}},
            {u"jeune_ase"_s, {u"MISSION-LOCALE"_s, u"HH"_s}},
            {u"victime_violences"_s, {u"AMANDIER"_s, u"HH"_s}},
            {u"sortant_hebergement"_s, {u"HH"_s, u"UCRM"_s}},
            {u"heberge_tiers"_s, {u"CCAS"_s, u"HH"_s}},
            {u"troubles_psychiques"_s, {u"EPSM"_s, u"CLEMENCE"_s, u"CHEZ-SOI"_s}},
            {u"addiction"_s, {u"CLEMENCE"_s}},
            {u"senior_isole"_s, {u"CCAS"_s, u"UDAF"_s}},
            {u"handicap"_s, {u"CCAS"_s, u"UDAF"_s}},
            {u"menace_expulsion"_s, {u"EDUCAIR"_s, u"CCAS"_s, u"MEDIATION-SUD"_s}},
            {u"difficultes_economiques"_s, {u"CCAS"_s, u"UDAF"_s, u"CAF"_s}},
            {u"dalo"_s, {u"CCAS"_s, u"DEPARTEMENT"_s}},
            {u"refugie"_s, {u"TERRE-ACCUEIL"_s}},
    };
    return map.value(code, {u"CCAS"_s});
}

/// A second public that often goes with the first.
QStringList companionPublics(const QString &code)
{
    static const QHash<QString, QStringList> map = {
            {u"sans_domicile"_s, {u"addiction"_s, u"troubles_psychiques"_s}},
            {u"sortant_detention"_s, {u"addiction"_s, u"sans_domicile"_s}},
            {u"jeune_ase"_s, {u"jeune"_s}},
            {u"jeune"_s, {u"heberge_tiers"_s}},
            {u"victime_violences"_s, {u"sortant_hebergement"_s, u"heberge_tiers"_s}},
            {u"troubles_psychiques"_s, {u"handicap"_s, u"addiction"_s}},
            {u"addiction"_s, {u"troubles_psychiques"_s}},
            {u"menace_expulsion"_s, {u"difficultes_economiques"_s, u"senior_isole"_s}},
            {u"senior_isole"_s, {u"handicap"_s}},
            {u"refugie"_s, {u"jeune"_s, u"difficultes_economiques"_s}},
            {u"dalo"_s, {u"difficultes_economiques"_s}},
    };
    return map.value(code, {u"difficultes_economiques"_s});
}

// --- texts -------------------------------------------------------------------------------

struct Texts
{
    QString householdNotesNew = s("Entrée dans le logement préparée avec l'association "
                                  "référente.");
    QString householdNotesExisting = s("Locataire en place, accompagné pour sécuriser le "
                                       "maintien dans le logement.");
    QString internalNote = s("Point de vigilance : impayés anciens, échéancier à surveiller.");
    QString referralNew = s("Projet de logement autonome travaillé avec la structure "
                            "d'hébergement ; besoin d'un accompagnement à l'installation.");
    QString referralExisting = s("Situation locative fragilisée repérée par l'agence ; "
                                 "accompagnement proposé pour sécuriser le maintien dans le "
                                 "logement.");
    QString calConditions = s("Attribution sous réserve de la signature du contrat "
                              "d'accompagnement tripartite.");
    QString calRefusal = s("Pas de logement adapté disponible sur le secteur demandé ; nouvelle "
                           "présentation possible.");
    QString calAdjourned = s("Dossier incomplet (avis d'imposition manquant) ; représenté à la "
                             "prochaine commission.");
    QString recommendationNew = s("Accompagnement renforcé les trois premiers mois, puis "
                                  "visites régulières ; relais vers le droit commun à préparer.");
    QString recommendationExisting = s("Accompagnement soutenu centré sur le budget et le lien "
                                       "avec les partenaires spécialisés.");
    QString recommendationExit = s("Fin d'accompagnement ; vérifications à +6, +12 et +24 "
                                   "mois.");
    QString recommendationRevision = s("Poursuivre l'accompagnement ; alléger le rythme des "
                                       "visites.");
    QString minutesEntry = s("Présentation du dispositif et du contrat ; le ménage adhère à "
                             "l'accompagnement. Avis favorable.");
    QString minutesPostponed = s("Le ménage n'a pas pu venir ; rendez-vous reporté.");
    QString minutesRefused = s("Le projet de logement n'est pas encore mûr ; avis défavorable, "
                               "nouvelle orientation possible.");
    QString minutesMidTerm = s("Bilan à mi-parcours : progrès sur le budget et les démarches ; "
                               "objectifs ajustés.");
    QString minutesRenewal = s("Point sur les objectifs ; renouvellement du contrat décidé.");
    QString minutesEnd = s("Bilan de fin d'accompagnement ; vérifications à +6, +12 et +24 "
                           "mois expliquées au ménage.");
    QString householdCommitments = s("Recevoir les intervenants à domicile aux rendez-vous "
                                     "fixés ; payer le loyer et les charges ; prévenir en cas de "
                                     "difficulté ; participer aux bilans.");
    QString associationCommitments = s("Accompagner le ménage dans ses démarches selon le plan "
                                       "; rendre compte en commission de suivi ; alerter le "
                                       "bailleur en cas de difficulté.");
    QString landlordCommitments = s("Désigner une CESF référente ; réunir les rendez-vous "
                                    "tripartites ; étudier avec bienveillance toute difficulté "
                                    "de paiement signalée.");
    QString renewalNotes = s("Renouvellement décidé en rendez-vous tripartite.");
    QString amendmentNotes = s("Avenant : objectif de relogement ajouté au contrat.");
    QString closedNotes = s("Contrat clos à la fin de l'accompagnement.");
    QString planNotes = s("Plan établi avec le ménage à partir du diagnostic d'entrée.");
    QString mobilisedNotes = s("Orientation faite par la CESF avec l'accord du ménage.");
    QString glissementConditions = s("Glissement du bail au profit du ménage lorsque sont "
                                     "constatés, lors de la révision semestrielle, le paiement "
                                     "régulier du loyer, le bon entretien du logement et "
                                     "l'autonomie dans les démarches (art. L.442-8-3 du CCH).");
    QString reviewContinue = s("Loyer réglé ; installation réussie ; poursuite de la "
                               "sous-location.");
    QString reviewProposed = s("Conditions réunies : glissement proposé.");
    QString reviewDeferred = s("Retards de loyer : glissement différé, plan d'apurement "
                               "proposé.");
    QString checkHoused = s("Ménage toujours locataire ; loyer à jour.");
    QString checkLeft = s("Ménage parti du logement.");
    QString committeeMinutes = s("Situations examinées avec les partenaires ; décisions notées "
                                 "ménage par ménage. Prochaine commission dans trois mois.");
    QString committeeDecisionNotes = s("Décision partagée avec le référent de l'association.");
    QString committeeNext = s("Point d'étape");
    QStringList committeeReasons
            = {s("Suivi régulier"), s("Alerte en cours"), s("Renouvellement du contrat"),
               s("Objectifs en retard"), s("Préparation de la fin d'accompagnement")};
    QString leaseLeft = s("Départ du logement");
    QString leaseEviction = s("Résiliation du bail");
    QString leaseAdapted = s("Entrée en logement adapté");
    QString leaseDeath = s("Décès du titulaire");
    QString leasePrivate = s("Relogement dans le parc privé");
};

const Texts &texts()
{
    static const Texts t;
    return t;
}

QString endNotesOf(const QString &outcome)
{
    static const QHash<QString, const char *> notes = {
            {u"expulsion"_s,
             "Résiliation du bail prononcée malgré le plan d'apurement ; orientation "
             "vers l'hébergement proposée."},
            {u"abandon"_s,
             "Le ménage ne souhaite plus être accompagné ; la CESF reste joignable en "
             "cas de difficulté."},
            {u"depart_volontaire"_s, "Départ du logement à l'initiative du ménage ; état des lieux "
                                     "sans difficulté."},
            {u"orientation_hebergement"_s,
             "Entrée dans un logement adapté, préparée avec le ménage "
             "et sa famille."},
            {u"relais_dispositif"_s, "Relais vers un accompagnement de droit commun (ASLL ou MASP) "
                                     "pour poursuivre le travail engagé."},
            {u"glissement"_s, "Glissement du bail effectué ; le ménage est locataire en titre."},
            {u"relogement_parc_social"_s, "Mutation vers un logement plus adapté du parc."},
    };
    return s(notes.value(outcome, "Objectifs principaux atteints ; relais vers le droit "
                                  "commun."));
}

struct AlertTemplate
{
    const char *type;
    const char *description;
    const char *resolution;
};

const QList<AlertTemplate> &alertTemplates()
{
    static const QList<AlertTemplate> list = {
            {"impayes_loyer", "Loyer impayé depuis deux mois.",
             "Régularisé après mise à jour des droits APL."},
            {"trouble_voisinage", "Signalement de voisins : bruit en soirée.",
             "Médiation réalisée ; situation apaisée."},
            {"degradation", "Dégradation constatée dans les parties communes.",
             "Réparation prise en charge ; rappel du règlement intérieur."},
            {"absence_prolongee", "Pas de réponse aux visites depuis trois semaines.",
             "Séjour familial ; retour confirmé."},
            {"autre", "Difficulté signalée par le gardien.", "Situation vue avec le ménage."},
    };
    return list;
}

// --- the plan of every household (drawn first: the actions' figures follow from them) -----

enum class Path : quint8 { Supported, Refused, Pending };

struct HouseholdPlan
{
    int agency = 0;
    int action = 0;
    Path path = Path::Supported;
    bool newEntrant = true;
    QDate referral; ///< the (accepted, refused or pending) referral
    QDate start;    ///< supported: first day of support
    QDate end;      ///< supported and ended: last day
};

struct AgencyInfo
{
    Agency agency;
    QList<Commune> communes;
    int weight = 1;
    QList<User> cesf;
};

struct ActionInfo
{
    const ActionSeed *seed = nullptr;
    Action action;
    QDate start;
    QDate end; ///< invalid while it goes on
    QStringList publics;
    bool isActiveOn(const QDate &day) const
    {
        return start <= day && (!end.isValid() || day <= end);
    }
};

struct Followed
{
    Id householdId;
    QDate start;
    QDate end;
};

struct ContactKind
{
    QString type;
    QList<std::pair<std::optional<int>, QString>> notes; ///< minutes, note
};

/// What every household's story draws on: the directory written first, and the writer.
struct World
{
    explicit World(BulkWriter &w)
        : writer(w)
    {}

    BulkWriter &writer;
    QDate today;
    QList<AgencyInfo> agencies;
    QHash<QString, Partner> partners;
    QList<ActionInfo> actions;
    User head;                                           ///< responsable du pôle social
    QStringList domains;                                 ///< of the diagnostic
    std::array<std::array<QString, 5>, 16> observations; ///< by domain, level + 1
    QList<ContactKind> contactKinds; ///< in the order of the weights in writeContacts()
    qint64 dwellings = 0;
    QList<QList<Followed>> followed; ///< by agency, for the committees

    const Partner &partner(const QString &code) const { return *partners.constFind(code); }
};

struct Person
{
    bool female = true;
    QString firstName;
    QDate birth;
};

/// One household's path, from its referral to the checks after support, drawn from its own
/// stream of numbers and written as it goes.
class HouseholdStory
{
public:
    HouseholdStory(World &world, quint64 seed, int index, const HouseholdPlan &plan)
        : w(world)
        , t(texts())
        , rng(streamSeed(seed, 2, quint64(index)))
        , m_index(index)
        , m_plan(plan)
        , m_agency(world.agencies[plan.agency])
        , m_action(world.actions.at(plan.action))
        , m_cesf(rng.pick(m_agency.cesf))
        , m_referral(plan.referral)
        , m_start(plan.start)
        , m_end(plan.end)
        , m_supported(plan.path == Path::Supported)
        , m_ended(m_supported && plan.end.isValid())
        , m_until(m_ended ? plan.end : world.today)
    {}

    Status write()
    {
        drawPublics();
        PASSERELLE_CHECK(writeHousehold());
        drawPartners();
        if (!m_supported)
            return writeWithoutSupport();
        drawSupport();
        PASSERELLE_CHECK(writeHousing());
        PASSERELLE_CHECK(writeSupport());
        PASSERELLE_CHECK(writeDiagnostics());
        PASSERELLE_CHECK(writeContract());
        PASSERELLE_CHECK(writeMeetings());
        PASSERELLE_CHECK(writePlan());
        PASSERELLE_CHECK(writeContacts());
        PASSERELLE_CHECK(writeAlerts());
        PASSERELLE_CHECK(writeChecks());
        w.followed[m_plan.agency].append({m_household.id, m_start, m_end});
        return {};
    }

private:
    bool has(const char *code) const { return m_publics.contains(QLatin1String(code)); }
    Cents euros(int low, int high) { return Cents(rng.between(low, high)) * 100; }
    Person personBorn(int years, bool female)
    {
        return Person{female, rng.pick(firstNames(female)),
                      m_referral.addYears(-years).addDays(-rng.below(365))};
    }

    // --- who they are ----------------------------------------------------------------------

    void drawPublics()
    {
        m_publics = {m_action.publics.at(rng.below(int(m_action.publics.size())))};
        m_primary = m_publics.first();
        if (rng.percent(30)) {
            const QString second = rng.pick(companionPublics(m_primary));
            if (!m_publics.contains(second))
                m_publics << second;
        }
        std::sort(m_publics.begin(), m_publics.end());
        // 0 personne seule, 1 couple sans enfant, 2 couple avec enfants, 3 famille
        // monoparentale, 4 autre.
        const QString &p = m_primary;
        if (p == u"victime_violences")
            m_composition = rng.percent(65) ? 3 : 0;
        else if (p == u"jeune" || p == u"jeune_ase")
            m_composition = std::array{0, 1, 3}[rng.weighted({85, 8, 7})];
        else if (p == u"senior_isole" || p == u"handicap")
            m_composition = rng.percent(80) ? 0 : 1;
        else if (p == u"sans_domicile" || p == u"sortant_detention" || p == u"troubles_psychiques"
                 || p == u"addiction")
            m_composition = std::array{0, 1, 3, 4}[rng.weighted({85, 5, 5, 5})];
        else
            m_composition = rng.weighted({35, 10, 20, 30, 5});
        m_couple = m_composition == 1 || m_composition == 2;
        m_children = m_composition == 2 || m_composition == 3;
        m_age = rng.between(22, 64);
        if (p == u"jeune_ase")
            m_age = rng.between(18, 21);
        else if (p == u"jeune")
            m_age = rng.between(18, 29);
        else if (p == u"senior_isole")
            m_age = rng.between(66, 88);
        if (has("senior_isole"))
            m_age = std::max(m_age, 62);
    }

    void drawMembers(Household &h)
    {
        bool holderFemale = rng.percent(50);
        if (m_primary == u"victime_violences" || m_composition == 3)
            holderFemale = m_primary == u"victime_violences" || rng.percent(85);
        else if (m_primary == u"sortant_detention")
            holderFemale = rng.percent(15);
        const QString lastName = rng.pick(lastNames());
        const auto member = [](const QString &last, const Person &p, const char *role) {
            Member m;
            m.lastName = last;
            m.firstName = p.firstName;
            m.birthDate = p.birth;
            m.civility = p.female ? s("madame") : s("monsieur");
            m.role = s(role);
            m.signsContract = m.role == u"titulaire" || m.role == u"co_titulaire";
            return m;
        };
        h.members << member(lastName, personBorn(m_age, holderFemale), "titulaire");
        if (m_couple) {
            const Person partner = personBorn(std::max(18, m_age + rng.between(-6, 6)),
                                              rng.percent(90) ? !holderFemale : holderFemale);
            h.members << member(rng.percent(60) ? lastName : rng.pick(lastNames()), partner,
                                "co_titulaire");
        }
        if (m_children) {
            const int count = 1 + rng.weighted({40, 35, 17, 8});
            for (int c = 0; c < count; ++c) {
                const int childAge = rng.between(0, std::min(17, std::max(0, m_age - 18)));
                h.members << member(lastName, personBorn(childAge, rng.percent(50)), "enfant");
            }
        }
        if (m_composition == 4) {
            h.members << member(lastName, personBorn(rng.between(18, 80), rng.percent(50)),
                                "autre");
        }
    }

    void drawResources(Household &h)
    {
        QString main;
        Cents amount = 0;
        if (m_age >= 66) {
            main = u"retraite"_s;
            amount = euros(850, 1400);
        } else if (has("handicap") || (has("troubles_psychiques") && rng.percent(50))) {
            main = u"aah"_s;
            amount = euros(900, 1016);
        } else {
            static const char *const sources[]
                    = {"salaire", "rsa", "are", "autre", "retraite", "aucune"};
            static const int amounts[][2]
                    = {{800, 1700}, {550, 650}, {600, 1100}, {500, 560}, {700, 1100}, {0, 0}};
            const int k = rng.weighted({35, 30, 12, 5, 3, 8});
            main = s(sources[k]);
            amount = euros(amounts[k][0], amounts[k][1]);
        }
        QStringList sources;
        if (main != u"aucune")
            sources << main;
        if (m_children) {
            sources << u"prestations_familiales"_s;
            amount += euros(150, 450) * h.childrenCount();
            if (main == u"aucune")
                main = u"prestations_familiales"_s;
        }
        if (main == u"salaire" && rng.percent(20)) {
            sources << u"rsa"_s;
            amount += euros(80, 250);
        }
        std::sort(sources.begin(), sources.end());
        sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
        if (rng.percent(95)) {
            h.resourcesKnown = true;
            h.mainResourceSource = main;
            h.resourceSources = sources;
            h.monthlyResources = amount;
        }
    }

    QString drawPriorSituation()
    {
        if (!m_plan.newEntrant)
            return u"parc_social"_s;
        if (!rng.percent(97))
            return {}; // not filled in
        const auto among = [this](std::initializer_list<const char *> choices) {
            return s(choices.begin()[rng.below(int(choices.size()))]);
        };
        const QString &p = m_primary;
        if (p == u"sans_domicile")
            return among({"rue", "hebergement_urgence", "hebergement_urgence", "chrs"});
        if (p == u"sortant_detention")
            return u"detention"_s;
        if (p == u"jeune_ase")
            return u"ase_mecs"_s;
        if (p == u"jeune")
            return among({"heberge_tiers", "heberge_tiers", "residence_sociale", "parc_prive"});
        if (p == u"victime_violences")
            return among({"hebergement_urgence", "chrs", "heberge_tiers"});
        if (p == u"sortant_hebergement")
            return among({"chrs", "chrs", "residence_sociale", "hebergement_urgence"});
        if (p == u"heberge_tiers")
            return u"heberge_tiers"_s;
        if (p == u"troubles_psychiques")
            return among({"hopital", "heberge_tiers", "rue"});
        if (p == u"refugie")
            return among({"hebergement_urgence", "residence_sociale", "autre"});
        return among({"parc_prive", "parc_prive", "heberge_tiers", "autre"});
    }

    Status writeHousehold()
    {
        Household &h = m_household;
        h.reference = u"%1-%2-%3"_s.arg(m_agency.agency.code)
                              .arg(m_referral.year())
                              .arg(m_index + 1, 6, 10, QLatin1Char('0'));
        h.agencyId = m_agency.agency.id;
        h.cesfUserId = m_cesf.id;
        static const QStringList compositions
                = {u"personne_seule"_s, u"couple_sans_enfant"_s, u"couple_avec_enfants"_s,
                   u"famille_monoparentale"_s, u"autre"_s};
        h.composition = compositions.at(m_composition);
        h.publics = m_publics;
        drawMembers(h);
        drawResources(h);
        h.priorSituation = drawPriorSituation();
        h.consentDate = std::min(m_referral.addDays(rng.between(3, 15)), w.today);
        if (m_plan.path == Path::Pending && rng.percent(50))
            h.consentDate = QDate(); // not met yet
        if (h.consentDate.isValid())
            h.consentInformation = Consent::codes();
        h.phone = u"0%1 %2 %3 %4 %5"_s.arg(rng.percent(70) ? 6 : 7)
                          .arg(rng.between(10, 99))
                          .arg(rng.between(10, 99))
                          .arg(rng.between(10, 99))
                          .arg(rng.between(10, 99));
        if (rng.percent(25)) {
            const Member &holder = h.members.first();
            h.email = ReferenceLists::normalizedKey(holder.firstName).replace(u' ', u'-') + u'.'
                      + ReferenceLists::normalizedKey(holder.lastName).replace(u' ', u'-')
                      + u"@courriel.example"_s;
        }
        h.notes = m_plan.newEntrant ? t.householdNotesNew : t.householdNotesExisting;
        if (rng.percent(10))
            h.internalNotes = t.internalNote;
        h.createdAt = QDateTime(m_referral, QTime(rng.between(8, 17), rng.below(60)), Qt::UTC);
        h.updatedAt = h.createdAt;
        return w.writer.write(h);
    }

    void drawPartners()
    {
        const QStringList candidates = partnersForPublic(m_primary);
        m_referring = &w.partner(rng.pick(candidates));
        m_supporting = &w.partner(rng.percent(70) ? s(m_action.seed->leadPartner)
                                                  : rng.pick(candidates));
        m_referent = m_supporting->contacts.isEmpty() ? QString()
                                                      : m_supporting->contacts.first().name;
    }

    Referral referral() const
    {
        Referral r;
        r.householdId = m_household.id;
        r.actionId = m_action.action.id;
        r.date = m_referral;
        r.partnerId = m_referring->id;
        r.referrerName
                = m_referring->contacts.isEmpty() ? QString() : m_referring->contacts.first().name;
        r.reason = m_plan.newEntrant ? t.referralNew : t.referralExisting;
        return r;
    }

    Status calRefusal(const QDate &date)
    {
        CalDecision refusal;
        refusal.householdId = m_household.id;
        refusal.actionId = m_action.action.id;
        refusal.date = date;
        refusal.decision = u"refus"_s;
        refusal.notes = t.calRefusal;
        return w.writer.write(refusal);
    }

    Status meeting(const QDate &date, const char *purpose, const char *outcome,
                   const QString &minutes)
    {
        TripartiteMeeting m;
        m.householdId = m_household.id;
        m.actionId = m_action.action.id;
        m.date = date;
        m.time = QTime(rng.between(9, 16), rng.below(2) * 30);
        m.place = m_agency.agency.name;
        m.purpose = s(purpose);
        m.outcome = s(outcome);
        m.minutes = *outcome ? minutes : QString();
        const auto add = [&m](const char *party, const QString &name, const QString &function) {
            MeetingParticipant p;
            p.party = s(party);
            p.name = name;
            p.function = function;
            m.participants << p;
        };
        add("bailleur", m_cesf.displayName, u"CESF"_s);
        if (m.purpose == u"entree")
            add("bailleur", w.head.displayName, s("Responsable du pôle social"));
        add("association", m_referent, m_supporting->name);
        add("menage", m_household.members.first().fullName(), s("Titulaire"));
        if (m_couple)
            add("menage", m_household.members.at(1).fullName(), s("Co-titulaire"));
        return w.writer.write(m);
    }

    Diagnostic entryDiagnostic(const QDate &date, const QString &leaseType,
                               const QString &intensity)
    {
        Diagnostic d;
        d.householdId = m_household.id;
        d.actionId = m_action.action.id;
        d.date = date;
        d.kind = u"entree"_s;
        d.author = m_referent;
        d.partnerId = m_supporting->id;
        d.recommendedIntensity = intensity;
        d.recommendedLeaseType = leaseType;
        d.recommendation = m_plan.newEntrant ? t.recommendationNew : t.recommendationExisting;
        for (const QString &code : std::as_const(m_publics)) {
            if (code == u"troubles_psychiques")
                d.partnersToMobilise << u"sante_mentale"_s;
            else if (code == u"addiction")
                d.partnersToMobilise << u"addictions"_s;
            else if (code == u"victime_violences")
                d.partnersToMobilise << u"violences_femmes"_s;
            else if (code == u"menace_expulsion")
                d.partnersToMobilise << u"mediation"_s;
            else if (code == u"jeune" || code == u"jeune_ase" || code == u"refugie")
                d.partnersToMobilise << u"insertion"_s;
        }
        std::sort(d.partnersToMobilise.begin(), d.partnersToMobilise.end());
        d.partnersToMobilise.erase(
                std::unique(d.partnersToMobilise.begin(), d.partnersToMobilise.end()),
                d.partnersToMobilise.end());
        for (int k = 0; k < w.domains.size(); ++k) {
            const QString &domain = w.domains.at(k);
            int level = -2; // drawn below
            if (domain == u"justice")
                level = has("sortant_detention") ? rng.between(1, 2) : -1;
            else if (domain == u"parentalite")
                level = m_children ? rng.between(0, 2) : -1;
            else if (domain == u"sante_mentale" && has("troubles_psychiques"))
                level = rng.between(2, 3);
            else if (domain == u"addictions" && has("addiction"))
                level = rng.between(2, 3);
            else if (domain == u"dettes_impayes" && has("menace_expulsion"))
                level = 3;
            else if (domain == u"isolement" && has("senior_isole"))
                level = 2;
            else if (domain == u"capacite_habiter" && m_plan.newEntrant)
                level = rng.between(1, 2);
            if (level == -2)
                level = rng.percent(4) ? -1 : rng.between(0, 2);
            d.domains.append({domain, DiagnosticLevel(level), w.observations[k][level + 1]});
        }
        return d;
    }

    // --- a referral refused, or still pending --------------------------------------------

    Status writeWithoutSupport()
    {
        Referral r = referral();
        const bool pending = m_plan.path == Path::Pending;
        r.outcome = pending ? u"en_cours"_s
                            : std::array{u"refus_menage"_s, u"refus_bailleur"_s, u"refus_cal"_s,
                                         u"non_lieu"_s}[rng.weighted({35, 20, 25, 20})];
        if (!pending)
            r.outcomeDate = m_referral.addDays(rng.between(15, 60));
        PASSERELLE_CHECK(w.writer.write(r));
        const QDate diagnosed = m_referral.addDays(rng.between(5, 14));
        if (rng.percent(60) && diagnosed <= w.today) {
            Diagnostic d = entryDiagnostic(
                    diagnosed, m_plan.newEntrant ? u"bail_direct"_s : QString(), u"soutenue"_s);
            PASSERELLE_CHECK(w.writer.write(d));
        }
        if (r.outcome == u"refus_bailleur") {
            PASSERELLE_CHECK(meeting(r.outcomeDate.addDays(-rng.between(1, 10)), "entree",
                                     "defavorable", t.minutesRefused));
        } else if (r.outcome == u"refus_cal") {
            PASSERELLE_CHECK(calRefusal(r.outcomeDate));
        } else if (pending && rng.percent(50)) {
            // The entry meeting is planned in the coming weeks.
            PASSERELLE_CHECK(meeting(w.today.addDays(rng.between(1, 30)), "entree", "", {}));
        }
        // A first interview at the agency, and a call.
        Contact c;
        c.householdId = m_household.id;
        c.actionId = m_action.action.id;
        c.author = m_cesf.displayName;
        c.authorUserId = m_cesf.id;
        for (int k = 0, n = rng.between(0, 2); k < n; ++k) {
            c.id = 0;
            c.date = std::min(m_referral.addDays(rng.between(1, 20)), w.today);
            c.type = k == 0 ? u"entretien_bureau"_s : u"telephone"_s;
            c.durationMinutes = k == 0 ? 45 : 15;
            c.notes = k == 0 ? s("Entretien de présentation du dispositif.")
                             : s("Appel : point sur la demande.");
            PASSERELLE_CHECK(w.writer.write(c));
        }
        return {};
    }

    // --- the support -----------------------------------------------------------------------

    /// Intensity, lease type and, for an ended support, its outcome.
    void drawSupport()
    {
        static const QString intensities[] = {u"renforcee"_s, u"soutenue"_s, u"legere"_s};
        m_intensity = intensities[m_plan.newEntrant ? rng.weighted({60, 35, 5})
                                                    : rng.weighted({20, 55, 25})];
        if (m_plan.newEntrant) {
            static const QString types[] = {u"bail_direct"_s, u"bail_glissant"_s,
                                            u"sous_location"_s, u"residence_sociale"_s};
            m_leaseType = types[rng.weighted({86, 9, 3, 2})];
        } else {
            m_leaseType = u"bail_direct"_s;
        }
        m_glissant = m_leaseType == u"bail_glissant";
        if (m_ended) {
            static const QStringList outcomes = {u"autonomie"_s,
                                                 u"relogement_parc_social"_s,
                                                 u"relogement_parc_prive"_s,
                                                 u"orientation_hebergement"_s,
                                                 u"depart_volontaire"_s,
                                                 u"abandon"_s,
                                                 u"expulsion"_s,
                                                 u"incarceration"_s,
                                                 u"hospitalisation_longue"_s,
                                                 u"deces"_s,
                                                 u"relais_dispositif"_s,
                                                 u"autre"_s};
            const int incarceration = has("sortant_detention") ? 6 : 1;
            const int deaths = m_age >= 66 ? 5 : 1;
            m_outcome = outcomes.at(
                    m_plan.newEntrant
                            ? rng.weighted({46, 8, 3, 5, 8, 10, 4, incarceration, 2, deaths, 8, 3})
                            : rng.weighted({52, 10, 2, m_age >= 66 ? 10 : 4, 5, 10, 5,
                                            incarceration, 2, deaths, 8, 2}));
            // A sub-let household that does well stays in its dwelling: the lease slides.
            if (m_glissant && m_outcome == u"relogement_parc_social")
                m_outcome = u"autonomie"_s;
        }
        const QString &o = m_outcome;
        m_leaves = o == u"relogement_parc_prive" || o == u"orientation_hebergement"
                   || o == u"depart_volontaire" || o == u"expulsion" || o == u"deces"
                   || (o == u"incarceration" && rng.percent(50))
                   || (o == u"hospitalisation_longue" && rng.percent(30));
        m_hard = o == u"expulsion" || o == u"abandon" || o == u"incarceration";
    }

    Result<Dwelling> newDwelling()
    {
        Dwelling d;
        d.reference = u"LOG-%1"_s.arg(++w.dwellings, 7, 10, QLatin1Char('0'));
        const Commune &commune = m_agency.communes.at(rng.below(int(m_agency.communes.size())));
        d.address = u"%1 %2"_s.arg(rng.between(1, 120)).arg(s(rng.pick(streets())));
        d.postalCode = s(commune.postalCode);
        d.commune = s(commune.name);
        static const char *const typologies[] = {"t1", "t1bis", "t2", "t3", "t4", "t5", "t6_plus"};
        static const int rents[][2] = {{250, 320}, {280, 340}, {320, 420}, {390, 520},
                                       {470, 600}, {540, 700}, {640, 820}};
        const int size = int(m_household.members.size());
        const int typology = size <= 1   ? rng.below(3)
                             : size == 2 ? 2
                             : size == 3 ? 3
                             : size == 4 ? 3 + rng.below(2)
                                         : std::min(6, 2 + size / 2 + rng.below(2));
        d.typology = s(typologies[typology]);
        d.rent = euros(rents[typology][0], rents[typology][1]);
        d.charges = euros(35, 120);
        d.furnished = m_leaseType == u"sous_location" || m_leaseType == u"residence_sociale"
                              ? rng.percent(50)
                              : rng.percent(2);
        d.qpv = rng.percent(30);
        d.agencyId = m_agency.agency.id;
        PASSERELLE_CHECK(w.writer.write(d));
        return d;
    }

    /// The dwelling, the CAL's decision (new entrants), the leases and the reviews of a bail
    /// glissant; a glissement, a relogement or a departure where the story has one.
    Status writeHousing()
    {
        PASSERELLE_TRY(dwelling, newDwelling());
        m_commune = dwelling.commune;
        if (m_plan.newEntrant) {
            CalDecision cal;
            cal.householdId = m_household.id;
            cal.actionId = m_action.action.id;
            cal.date = m_start.addDays(-rng.between(10, 25));
            cal.dwellingId = dwelling.id;
            if (rng.percent(4)) {
                CalDecision adjourned = cal;
                adjourned.date = cal.date.addDays(-rng.between(14, 21));
                adjourned.decision = u"ajournement"_s;
                adjourned.dwellingId = 0;
                adjourned.notes = t.calAdjourned;
                if (adjourned.date > m_referral)
                    PASSERELLE_CHECK(w.writer.write(adjourned));
            }
            const bool conditional = rng.percent(12);
            cal.decision = conditional ? u"attribution_sous_condition"_s : u"attribution"_s;
            if (conditional)
                cal.conditions = t.calConditions;
            PASSERELLE_CHECK(w.writer.write(cal));
        }

        Lease lease;
        lease.householdId = m_household.id;
        lease.dwellingId = dwelling.id;
        lease.type = m_leaseType;
        lease.startReason = u"entree"_s;
        if (m_plan.newEntrant) {
            lease.startDate = m_start;
        } else {
            const int years = rng.between(1, std::clamp(m_age - 19, 1, 20));
            lease.startDate = std::max(m_start.addYears(-years).addDays(-rng.below(300)),
                                       QDate(1990, 1, 1));
        }
        QList<LeaseReview> reviews;
        QDate glissement;
        if (m_glissant) {
            lease.subletterPartnerId = m_supporting->id;
            lease.expectedGlissementDate = m_start.addMonths(rng.percent(60) ? 12 : 18);
            lease.glissementConditions = t.glissementConditions;
            m_expectedGlissement = lease.expectedGlissementDate;
            const QDate planned
                    = QDate(m_start.year(), m_start.month(), 1).addMonths(rng.between(10, 24));
            if (m_ended && !m_leaves) {
                // A support that ends well for a sub-let household ends with the glissement.
                glissement = std::clamp(planned, m_start.addDays(30),
                                        std::max(m_end, m_start.addDays(30)));
            } else if (planned <= m_until && rng.percent(55)) {
                glissement = planned;
            }
            if (m_ended && !m_leaves && rng.percent(80))
                m_outcome = u"glissement"_s;
            // Six-monthly reviews while the sub-lease runs.
            const QDate reviewsUntil = glissement.isValid() ? glissement.addDays(-1)
                                       : m_leaves           ? m_end
                                                            : w.today;
            for (int k = 1;; ++k) {
                const QDate date = m_start.addMonths(6 * k);
                if (date > reviewsUntil || date > w.today)
                    break;
                LeaseReview review;
                review.date = date;
                if (glissement.isValid() && date.addMonths(6) > reviewsUntil) {
                    review.outcome = u"glissement_propose"_s;
                    review.notes = t.reviewProposed;
                } else if (rng.percent(15)) {
                    review.outcome = u"glissement_differe"_s;
                    review.notes = t.reviewDeferred;
                } else {
                    review.outcome = u"poursuite_sous_location"_s;
                    review.notes = t.reviewContinue;
                }
                reviews << review;
            }
        }
        const QString &o = m_outcome;
        const QString leaveReason = o == u"expulsion"                 ? t.leaseEviction
                                    : o == u"orientation_hebergement" ? t.leaseAdapted
                                    : o == u"deces"                   ? t.leaseDeath
                                    : o == u"relogement_parc_prive"   ? t.leasePrivate
                                                                      : t.leaseLeft;
        if (glissement.isValid()) {
            lease.endDate = glissement.addDays(-1);
            lease.endReason = u"glissement"_s;
            m_leases << lease;
            Lease direct;
            direct.householdId = m_household.id;
            direct.dwellingId = dwelling.id;
            direct.type = u"bail_direct"_s;
            direct.startReason = u"glissement"_s;
            direct.startDate = glissement;
            if (m_leaves && m_end >= glissement) {
                direct.endDate = m_end;
                direct.endReason = leaveReason;
            }
            m_leases << direct;
        } else if (o == u"relogement_parc_social") {
            const QDate moved
                    = std::max(m_end.addDays(-rng.between(0, 20)), lease.startDate.addDays(1));
            lease.endDate = moved.addDays(-1);
            lease.endReason = u"relogement"_s;
            m_leases << lease;
            PASSERELLE_TRY(other, newDwelling());
            Lease next;
            next.householdId = m_household.id;
            next.dwellingId = other.id;
            next.type = u"bail_direct"_s;
            next.startReason = u"relogement"_s;
            next.startDate = moved;
            m_leases << next;
        } else {
            if (m_leaves) {
                lease.endDate = m_end;
                lease.endReason = leaveReason;
            }
            m_leases << lease;
        }
        // Some households leave their dwelling a while after the support ended.
        Lease &last = m_leases.last();
        if (m_ended && !m_leaves && !last.endDate.isValid() && rng.percent(12)) {
            const QDate left = m_end.addDays(rng.between(120, 1000));
            if (left < w.today) {
                last.endDate = left;
                last.endReason = t.leaseLeft;
            }
        }
        for (int k = 0; k < m_leases.size(); ++k) {
            PASSERELLE_CHECK(w.writer.write(m_leases[k]));
            if (k > 0)
                continue;
            for (LeaseReview &review : reviews) {
                review.leaseId = m_leases[k].id;
                PASSERELLE_CHECK(w.writer.write(review));
            }
        }
        return {};
    }

    /// The referrals (sometimes a refusal first) and the support with its exit.
    Status writeSupport()
    {
        Referral r = referral();
        if (rng.percent(5)) {
            Referral earlier = r;
            earlier.date = m_referral.addDays(-rng.between(120, 300));
            earlier.outcome
                    = std::array{u"refus_cal"_s, u"refus_menage"_s, u"non_lieu"_s}[rng.below(3)];
            earlier.outcomeDate = earlier.date.addDays(rng.between(15, 45));
            PASSERELLE_CHECK(w.writer.write(earlier));
            if (earlier.outcome == u"refus_cal")
                PASSERELLE_CHECK(calRefusal(earlier.outcomeDate));
        }
        r.outcome = u"acceptee"_s;
        r.outcomeDate = m_referral.addDays(
                rng.between(7, std::max(7, int(m_referral.daysTo(m_start)) - 5)));
        PASSERELLE_CHECK(w.writer.write(r));

        Support &sp = m_support;
        sp.householdId = m_household.id;
        sp.actionId = m_action.action.id;
        sp.householdKind = m_plan.newEntrant ? u"nouvel_entrant"_s : u"locataire_en_place"_s;
        sp.partnerId = m_supporting->id;
        sp.partnerReferent = m_referent;
        sp.startDate = m_start;
        sp.endDate = m_end;
        sp.outcome = m_outcome;
        if (m_ended)
            sp.endNotes = endNotesOf(m_outcome);
        sp.intensity = m_intensity;
        return w.writer.write(sp);
    }

    /// At entry, then at exit (or at mid-term while the support goes on).
    Status writeDiagnostics()
    {
        m_entryDate = m_referral.addDays(std::max<qint64>(1, m_referral.daysTo(m_start) / 2));
        const Diagnostic entry = entryDiagnostic(
                m_entryDate, m_plan.newEntrant ? m_leaseType : QString(), m_intensity);
        Diagnostic entryCopy = entry;
        PASSERELLE_CHECK(w.writer.write(entryCopy));
        const auto later = [&](const QDate &date, const char *kind, const QString &recommendation) {
            Diagnostic d = entry;
            d.date = date;
            d.kind = s(kind);
            d.recommendation = recommendation;
            for (DiagnosticDomainAssessment &a : d.domains) {
                const int level = int(a.level);
                if (level <= 0)
                    continue;
                const int change = m_hard ? rng.between(-1, 1) : rng.between(0, 2) > 0 ? 1 : 0;
                const int now = std::clamp(level - change, 0, 3);
                a.level = DiagnosticLevel(now);
                a.observation = w.observations[w.domains.indexOf(a.domain)][now + 1];
            }
            return w.writer.write(d);
        };
        if (m_ended && m_start.daysTo(m_end) >= 60) {
            return later(std::max(m_end.addDays(-rng.between(0, 10)), m_entryDate.addDays(1)),
                         "sortie", t.recommendationExit);
        }
        if (!m_ended && m_start.addDays(200) <= w.today && rng.percent(60)) {
            return later(m_start.addDays(rng.between(180, 200)), "revision",
                         t.recommendationRevision);
        }
        return {};
    }

    /// The contract: the initial version, renewals until the end of support (or today), and
    /// now and then an avenant.
    Status writeContract()
    {
        SupportContract &contract = m_contract;
        contract.householdId = m_household.id;
        contract.actionId = m_action.action.id;
        contract.place = m_commune;
        contract.durationMonths = rng.percent(35) ? 6 : 12;
        contract.meetingFrequency = m_intensity == u"renforcee"  ? u"hebdomadaire"_s
                                    : m_intensity == u"soutenue" ? u"bimensuelle"_s
                                                                 : u"mensuelle"_s;
        contract.householdCommitments = t.householdCommitments;
        contract.associationCommitments = t.associationCommitments;
        contract.landlordCommitments = t.landlordCommitments;
        contract.consentDate = m_household.consentDate;
        contract.landlordSignatory = w.head.displayName;
        contract.associationSignatory = m_referent;
        ContractVersion first;
        first.number = 1;
        first.kind = u"initial"_s;
        first.date = m_start.addDays(-rng.between(0, 5));
        first.startDate = m_start;
        first.endDate = m_start.addMonths(contract.durationMonths).addDays(-1);
        contract.versions << first;
        bool amended = false;
        while (contract.versions.last().endDate < m_until) {
            const ContractVersion current = contract.versions.last();
            ContractVersion next;
            next.number = int(contract.versions.size()) + 1;
            if (!amended && rng.percent(7) && current.startDate.daysTo(current.endDate) > 60) {
                amended = true;
                next.kind = u"avenant"_s;
                next.startDate = current.startDate.addDays(
                        rng.between(30, int(current.startDate.daysTo(current.endDate))));
                next.date = next.startDate;
                next.endDate = current.endDate;
                next.notes = t.amendmentNotes;
            } else {
                next.kind = u"renouvellement"_s;
                next.startDate = current.endDate.addDays(1);
                next.date = next.startDate.addDays(-rng.between(0, 7));
                next.endDate = next.startDate.addMonths(rng.percent(70) ? 6 : 12).addDays(-1);
                next.notes = t.renewalNotes;
            }
            contract.versions << next;
        }
        ContractVersion &last = contract.versions.last();
        if (m_ended && last.endDate > m_end) {
            last.endDate = m_end;
            if (last.number > 1)
                last.notes = t.closedNotes;
        }
        return w.writer.write(contract);
    }

    /// Entry (sometimes postponed first), mid-term, before each renewal, at the end.
    Status writeMeetings()
    {
        const QDate entry = std::max(
                m_start.addDays(m_plan.newEntrant ? -rng.between(20, 35) : -rng.between(5, 15)),
                m_referral.addDays(1));
        if (rng.percent(6) && entry.addDays(-10) > m_referral) {
            PASSERELLE_CHECK(meeting(entry.addDays(-rng.between(7, 10)), "entree", "reporte",
                                     t.minutesPostponed));
        }
        PASSERELLE_CHECK(meeting(entry, "entree", "favorable", t.minutesEntry));
        const QDate midTerm = m_start.addDays(180);
        if (!m_ended || midTerm < m_end) {
            if (midTerm <= w.today)
                PASSERELLE_CHECK(meeting(midTerm, "mi_parcours", "favorable", t.minutesMidTerm));
            else if (midTerm <= w.today.addDays(45))
                PASSERELLE_CHECK(meeting(midTerm, "mi_parcours", "", {}));
        }
        for (const ContractVersion &v : std::as_const(m_contract.versions)) {
            if (v.kind != u"renouvellement")
                continue;
            const QDate date = v.startDate.addDays(-rng.between(3, 10));
            if (date > m_start && date <= w.today && date != midTerm)
                PASSERELLE_CHECK(meeting(date, "renouvellement", "favorable", t.minutesRenewal));
        }
        if (m_ended) {
            return meeting(std::max(m_end.addDays(-rng.between(0, 7)), m_start), "fin", "favorable",
                           t.minutesEnd);
        }
        return {};
    }

    /// The plan: three to six objectives from the household's needs, with statuses that
    /// follow the support; partners mobilised for specific needs.
    Status writePlan()
    {
        SupportPlan plan;
        plan.householdId = m_household.id;
        plan.actionId = m_action.action.id;
        plan.date = m_start;
        plan.notes = t.planNotes;
        const QList<DemoTemplates::Objective> templates
                = DemoTemplates::objectives(m_publics, m_plan.newEntrant, m_children);
        const int count = std::min(int(templates.size()), rng.between(3, 6));
        QList<int> chosen;
        for (int k = 0; k < templates.size(); ++k)
            chosen << k;
        for (int k = 0; k < count; ++k)
            std::swap(chosen[k], chosen[k + rng.below(int(chosen.size()) - k)]);
        chosen = chosen.mid(0, count);
        std::sort(chosen.begin(), chosen.end());
        const auto objective = [&](const char *axis, const char *title, const char *actions,
                                   const QDate &target) {
            Objective o;
            o.axis = s(axis);
            o.title = s(title);
            o.actions = s(actions);
            o.targetDate = target;
            if (m_ended) {
                const int roll = rng.below(10);
                o.status = roll < 7   ? u"atteint"_s
                           : roll < 9 ? u"partiellement_atteint"_s
                                      : u"abandonne"_s;
                if (m_hard)
                    o.status = rng.percent(30) ? u"atteint"_s : u"abandonne"_s;
            } else if (target < w.today.addDays(-60)) {
                o.status = rng.percent(25) ? u"en_cours"_s : u"atteint"_s;
            } else {
                o.status = rng.percent(50) ? u"en_cours"_s : u"a_faire"_s;
            }
            if (o.status == u"atteint") {
                o.doneDate
                        = std::max(std::min(target.addDays(-rng.between(0, 20)), w.today), m_start);
            }
            plan.objectives << o;
        };
        const qint64 span = std::max<qint64>(60, m_start.daysTo(m_until));
        for (int k = 0; k < chosen.size(); ++k) {
            const DemoTemplates::Objective &o = templates.at(chosen.at(k));
            objective(o.axis, o.title, o.actions,
                      m_start.addDays(qint64(60 + (k * span) / std::max(1, count))));
        }
        if (m_glissant) {
            objective("preparation_glissement", "Réunir les conditions du glissement du bail",
                      "Révisions semestrielles avec l'association.", m_expectedGlissement);
        }
        if (m_outcome == u"relogement_parc_social" && rng.percent(50)) {
            objective("relogement", "Préparer une mutation vers un logement adapté",
                      "Demande de mutation déposée ; visites de logements.", m_end.addDays(-30));
        }
        QList<std::pair<QString, QString>> mobilise; // partner, need
        for (const QString &code : std::as_const(m_publics)) {
            if (code == u"troubles_psychiques")
                mobilise.append({u"EPSM"_s, u"sante_mentale"_s});
            else if (code == u"addiction")
                mobilise.append({u"CLEMENCE"_s, u"addictions"_s});
            else if (code == u"victime_violences")
                mobilise.append({u"AMANDIER"_s, u"violences_femmes"_s});
            else if (code == u"menace_expulsion")
                mobilise.append({u"MEDIATION-SUD"_s, u"mediation"_s});
            else if (code == u"jeune" || code == u"jeune_ase")
                mobilise.append({u"MISSION-LOCALE"_s, u"insertion"_s});
            else if (code == u"refugie")
                mobilise.append({u"FRANCE-TRAVAIL"_s, u"insertion"_s});
            else if (code == u"difficultes_economiques" && rng.percent(40))
                mobilise.append({u"UDAF"_s, u"acces_maintien"_s});
        }
        if (m_children && rng.percent(20))
            mobilise.append({u"EDUCAIR"_s, u"parentalite"_s});
        for (int k = 0; k < mobilise.size() && k < 2; ++k) {
            MobilisedPartner mp;
            mp.partnerId = w.partner(mobilise.at(k).first).id;
            mp.need = mobilise.at(k).second;
            mp.startDate = std::min(m_start.addDays(rng.between(15, 60)), m_until);
            mp.endDate = m_end;
            mp.notes = t.mobilisedNotes;
            plan.partners << mp;
        }
        return w.writer.write(plan);
    }

    /// A home visit at entry, then the rhythm of the support's intensity (every ten days the
    /// first three months of a new entrant), up to the end of support or to a recent day.
    Status writeContacts()
    {
        m_lastContact = m_until;
        if (!m_ended) {
            const int lag = std::array{rng.between(0, 14), rng.between(15, 30),
                                       rng.between(31, 120)}[rng.weighted({75, 17, 8})];
            m_lastContact = std::max(m_start, w.today.addDays(-lag));
        }
        const int every = m_intensity == u"renforcee" ? 17 : m_intensity == u"soutenue" ? 24 : 36;
        Contact c;
        c.householdId = m_household.id;
        c.actionId = m_action.action.id;
        c.author = m_cesf.displayName;
        c.authorUserId = m_cesf.id;
        QDate date = m_start;
        bool first = true;
        while (date <= m_lastContact) {
            const ContactKind &kind
                    = w.contactKinds.at(first ? 0 : rng.weighted({30, 25, 15, 7, 10, 5, 5, 3}));
            const auto &[minutes, note] = kind.notes.at(rng.below(int(kind.notes.size())));
            c.id = 0;
            c.date = date;
            c.type = kind.type;
            c.durationMinutes = minutes;
            c.notes = note;
            c.shared = rng.percent(60);
            PASSERELLE_CHECK(w.writer.write(c));
            first = false;
            const int step = m_plan.newEntrant && m_start.daysTo(date) < 90 ? 10 : every;
            const QDate next = date.addDays(std::max(1, step + rng.between(-3, 3)));
            // The end of support is a contact of its own (the closing visit).
            date = (m_ended && next > m_lastContact && date < m_lastContact) ? m_lastContact : next;
        }
        return {};
    }

    /// Unpaid rent mostly; closed after a while, some still open.
    Status writeAlerts()
    {
        const int alerts = m_start.daysTo(m_until) < 180 ? rng.weighted({80, 18, 2})
                                                         : rng.weighted({55, 30, 12, 3});
        for (int k = 0; k < alerts; ++k) {
            const AlertTemplate &tpl = alertTemplates().at(rng.weighted({50, 20, 8, 12, 10}));
            Alert a;
            a.householdId = m_household.id;
            a.date = m_start.addDays(
                    rng.below(int(std::max<qint64>(1, m_start.daysTo(m_lastContact) + 1))));
            a.type = s(tpl.type);
            if (a.type == u"impayes_loyer")
                a.amount = euros(150, 3500);
            a.description = s(tpl.description);
            const QDate closed = a.date.addDays(rng.between(7, 150));
            if (closed <= w.today || m_ended) {
                a.closedDate = std::min(closed, w.today);
                a.resolution = s(tpl.resolution);
            }
            PASSERELLE_CHECK(w.writer.write(a));
        }
        return {};
    }

    /// After an ended support, the three checks: done when their time came (most of them).
    Status writeChecks()
    {
        if (!m_ended)
            return {};
        for (int offset : ExitRules::checkOffsets()) {
            PostSupportCheck check;
            check.supportId = m_support.id;
            check.offsetMonths = offset;
            check.dueDate = ExitRules::checkDueDate(m_end, offset);
            const QDate done = check.dueDate.addDays(rng.between(0, 14));
            if (check.dueDate.addDays(15) <= w.today && done <= w.today && rng.percent(93)) {
                check.doneDate = done;
                const bool housed
                        = std::any_of(m_leases.cbegin(), m_leases.cend(), [&check](const Lease &l) {
                              return l.isRunningOn(check.dueDate);
                          });
                check.stillHoused = housed;
                check.notes = housed ? t.checkHoused : t.checkLeft;
            }
            PASSERELLE_CHECK(w.writer.write(check));
        }
        return {};
    }

    World &w;
    const Texts &t;
    Rng rng;
    const int m_index;
    const HouseholdPlan &m_plan;
    const AgencyInfo &m_agency;
    const ActionInfo &m_action;
    const User &m_cesf;
    const QDate m_referral;
    const QDate m_start;
    const QDate m_end;
    const bool m_supported;
    const bool m_ended;
    const QDate m_until; ///< the last day followed: the end of support, or today

    QStringList m_publics;
    QString m_primary; ///< the public of the action the household was referred for
    int m_composition = 0;
    bool m_couple = false;
    bool m_children = false;
    int m_age = 30; ///< of the main tenant, at the referral
    Household m_household;
    const Partner *m_referring = nullptr;
    const Partner *m_supporting = nullptr;
    QString m_referent;

    QString m_intensity;
    QString m_leaseType;
    QString m_outcome;
    bool m_glissant = false;
    bool m_leaves = false; ///< leaves its dwelling at the end of support
    bool m_hard = false;   ///< a support that ended badly
    QString m_commune;
    QDate m_expectedGlissement;
    QList<Lease> m_leases;
    Support m_support;
    QDate m_entryDate;
    SupportContract m_contract;
    QDate m_lastContact;
};

class Generator
{
public:
    Generator(Database &db, const Options &options)
        : m_writer(db)
        , m_world(m_writer)
        , m_options(options)
        , m_today(options.today)
        , m_windowStart(options.today.addYears(-Years).addDays(1))
    {
        m_world.today = m_today;
    }

    Status run();
    QList<std::pair<QString, qint64>> rows() const { return m_writer.rowCounts(); }

private:
    HouseholdPlan planOf(int index) const;
    int supportDays(Rng &rng) const;

    Status writeDirectory();
    Status writeActions(const std::vector<HouseholdPlan> &plans);
    Status writeCommittees();

    BulkWriter m_writer;
    World m_world;
    Options m_options;
    QDate m_today;
    QDate m_windowStart;
    int m_firstYear = 0;
    QList<int> m_agencyWeights; ///< cumulative
};

// --- directory: organisation, agencies, partners, accounts --------------------------------

Status Generator::writeDirectory()
{
    PASSERELLE_CHECK(m_writer.write(Demo::organisation()));
    for (const auto &[key, value] : Demo::settings())
        PASSERELLE_CHECK(m_writer.writeSetting(key, value));

    const QList<Agency> demoAgencies = Demo::agencies();
    int total = 0;
    for (int i = 0; i < agencySeeds().size(); ++i) {
        const AgencySeed &seed = agencySeeds().at(i);
        AgencyInfo info;
        if (i < demoAgencies.size()) {
            info.agency = demoAgencies.at(i);
        } else {
            info.agency.code = s(seed.code);
            info.agency.name = s(seed.name);
            info.agency.address = s(seed.address);
            info.agency.phone = s(seed.phone);
            QStringList communes;
            for (const Commune &c : seed.communes) {
                if (!communes.contains(s(c.name)))
                    communes << s(c.name);
            }
            info.agency.territory = communes.join(u", "_s);
        }
        PASSERELLE_CHECK(m_writer.write(info.agency));
        info.communes = seed.communes;
        info.weight = seed.weight;
        total += seed.weight;
        m_agencyWeights << total;
        m_world.agencies << info;
    }

    for (Partner p : Demo::partners()) {
        PASSERELLE_CHECK(m_writer.write(p));
        m_world.partners.insert(p.code, p);
    }
    for (const PartnerSeed &seed : morePartners()) {
        Partner p;
        p.code = s(seed.code);
        p.name = s(seed.name);
        p.kind = s(seed.kind);
        p.fields = codes(seed.fields);
        p.address = s(seed.address);
        p.phone = s(seed.phone);
        p.email = s(seed.email);
        PartnerContact c;
        c.name = s(seed.contact);
        c.function = s(seed.function);
        c.phone = p.phone;
        c.email = p.email;
        p.contacts << c;
        PASSERELLE_CHECK(m_writer.write(p));
        m_world.partners.insert(p.code, p);
    }

    // The demo's accounts (the login of the base lists them), then one CESF for every other
    // agency and a second one in the largest agencies.
    PASSERELLE_TRY(hash, Demo::passwordHash());
    const QDateTime created(m_windowStart, QTime(9, 0), Qt::UTC);
    QSet<QString> logins;
    const auto account = [&](const QString &login, const QString &name, const QString &role,
                             int agency, const QString &partner) -> Status {
        User u;
        u.login = login;
        u.displayName = name;
        u.role = role;
        u.agencyId = agency >= 0 ? m_world.agencies.at(agency).agency.id : 0;
        u.partnerId = partner.isEmpty() ? 0 : m_world.partners.value(partner).id;
        u.email = login + u"@habitat-garonne.example"_s;
        u.createdAt = created;
        u.passwordHash = hash;
        u.passwordChangedAt = created;
        PASSERELLE_CHECK(m_writer.write(u));
        logins.insert(login);
        if (role == u"cesf")
            m_world.agencies[agency].cesf << u;
        else if (role == u"responsable_pole_social")
            m_world.head = u;
        return {};
    };
    for (const Demo::Account &a : Demo::accounts())
        PASSERELLE_CHECK(account(a.login, a.name, a.role, a.agency, a.partner));
    Rng rng(streamSeed(m_options.seed, 4, 0));
    for (int i = 0; i < m_world.agencies.size(); ++i) {
        const int wanted = m_world.agencies.at(i).weight >= 4 ? 2 : 1;
        while (m_world.agencies.at(i).cesf.size() < wanted) {
            const QString first = rng.pick(firstNames(rng.percent(85)));
            const QString last = rng.pick(lastNames());
            QString login = ReferenceLists::normalizedKey(first).left(1)
                            + ReferenceLists::normalizedKey(last).remove(u' ');
            for (int n = 2; logins.contains(login); ++n)
                login = login.left(login.size() - (n > 2 ? 1 : 0)) + QString::number(n);
            PASSERELLE_CHECK(account(login, first + u' ' + last, u"cesf"_s, i, {}));
        }
    }
    return {};
}

// --- actions, with funding and expenses from the households they followed ----------------

Status Generator::writeActions(const std::vector<HouseholdPlan> &plans)
{
    struct Activity
    {
        QMap<int, qint64> householdsByYear; ///< households supported in each year
        int newEntrants = 0;
        int existingTenants = 0;
    };
    QList<Activity> activity(m_world.actions.size());
    for (const HouseholdPlan &p : plans) {
        if (p.path != Path::Supported)
            continue;
        Activity &a = activity[p.action];
        (p.newEntrant ? a.newEntrants : a.existingTenants) += 1;
        const int last = p.end.isValid() ? p.end.year() : m_today.year();
        for (int y = p.start.year(); y <= last; ++y)
            a.householdsByYear[y] += 1;
    }
    static const char *const funders[][2] = {{"fnavdl_hlm_accompagnes", "FNAVDL – USH"},
                                             {"etat", "DDETS d'Occitanie"},
                                             {"fonds_propres", "Habitat Garonne Solidaire"},
                                             {"collectivite", "Métropole et communes"},
                                             {"fsl_asll", "Département (FSL)"},
                                             {"caf", "CAF"},
                                             {"ars", "ARS Occitanie"},
                                             {"fondation", "Fondation d'entreprise"}};
    for (int i = 0; i < m_world.actions.size(); ++i) {
        ActionInfo &info = m_world.actions[i];
        Action &a = info.action;
        Rng rng(streamSeed(m_options.seed, 5, quint64(i)));
        a.targetNewEntrants = int((activity[i].newEntrants + 4) / 5 * 5);
        a.targetExistingTenants = int((activity[i].existingTenants + 4) / 5 * 5);
        const Id lead = a.leadPartnerId;
        // Two to four funders, each with its share of the year's cost.
        QList<int> sources{0, 2}; // FNAVDL and the landlord's own funds, always
        for (int extra : {1, 3, 4, 5, 6, 7}) {
            if (sources.size() < 4 && rng.percent(extra == 1 ? 80 : 25))
                sources << extra;
        }
        const int lastYear = info.end.isValid() ? info.end.year() : m_today.year();
        bool first = true;
        for (int y = info.start.year(); y <= lastYear; ++y) {
            const qint64 households = activity[i].householdsByYear.value(y);
            if (households == 0)
                continue;
            const Cents cost = households * rng.between(2500, 4000) * 100;
            const QDate granted(y, 3, rng.between(1, 28));
            const QDate received(y, 6, rng.between(1, 30));
            if (granted <= m_today) {
                Cents left = cost;
                for (int k = 0; k < sources.size(); ++k) {
                    const Cents share = k + 1 == sources.size()
                                                ? left
                                                : cost * (k == 0 ? 45 : 20) / 100 / 100 * 100;
                    left -= share;
                    FundingLine f;
                    f.source = s(funders[sources.at(k)][0]);
                    f.funder = s(funders[sources.at(k)][1]);
                    f.amountGranted = share;
                    f.grantedDate = granted;
                    if (received <= m_today) {
                        f.amountReceived = share;
                        f.receivedDate = received;
                    }
                    a.budget += share;
                    a.fundingLines << f;
                }
            }
            const auto expense = [&](const QDate &date, const char *category, const QString &label,
                                     Cents amount, Id partner) {
                if (date > m_today || amount <= 0)
                    return;
                Expense e;
                e.date = date;
                e.category = s(category);
                e.label = label;
                e.amount = amount;
                e.partnerId = partner;
                a.expenses << e;
            };
            const QString partnerName
                    = lead ? m_world.partners.value(s(info.seed->leadPartner)).name
                           : s("partenaires du réseau");
            if (first) {
                expense(QDate(y, 2, 15), "ingenierie",
                        s("Ingénierie du projet et comité de "
                          "pilotage"),
                        cost * 5 / 100, 0);
                first = false;
            }
            expense(QDate(y, 6, 30), "accompagnement",
                    s("Accompagnement %1, premier semestre %2").arg(partnerName).arg(y),
                    cost * 40 / 100, lead);
            expense(QDate(y, 12, 15), "accompagnement",
                    s("Accompagnement %1, second semestre %2").arg(partnerName).arg(y),
                    cost * 40 / 100, lead);
            if (a.category != u"maintien")
                expense(QDate(y, 4, 20), "equipement",
                        s("Équipement de logements (mobilier de "
                          "base)"),
                        cost * 8 / 100, 0);
            if (y % 3 == 0)
                expense(QDate(y, 10, 5), "formation", s("Formation des CESF et des référents"),
                        cost * 2 / 100, 0);
        }
        PASSERELLE_CHECK(m_writer.write(a));
    }
    return {};
}

// --- one household's path ----------------------------------------------------------------

int Generator::supportDays(Rng &rng) const
{
    // From a few months to five years, about fourteen months on average.
    static const int buckets[][2] = {{90, 180},  {180, 270},  {270, 365},  {365, 548},
                                     {548, 730}, {730, 1095}, {1095, 1826}};
    const int b = rng.weighted({20, 20, 18, 20, 10, 7, 5});
    return rng.between(buckets[b][0], buckets[b][1]);
}

HouseholdPlan Generator::planOf(int index) const
{
    Rng rng(streamSeed(m_options.seed, 1, quint64(index)));
    HouseholdPlan p;
    const int draw = rng.below(m_agencyWeights.last());
    while (m_agencyWeights.at(p.agency) <= draw)
        ++p.agency;
    const int path = rng.below(100);
    p.path = path < 90 ? Path::Supported : path < 98 ? Path::Refused : Path::Pending;
    const qint64 window = m_windowStart.daysTo(m_today);
    QDate anchor;
    switch (p.path) {
    case Path::Supported:
        p.start = m_windowStart.addDays(rng.below(int(window)));
        anchor = p.start;
        break;
    case Path::Refused:
        p.referral = m_windowStart.addDays(rng.below(int(window) - 90));
        anchor = p.referral;
        break;
    case Path::Pending:
        p.referral = m_today.addDays(-rng.between(5, 100));
        anchor = p.referral;
        break;
    }
    // The action: one of those running then, in proportion to their size.
    QList<int> running;
    QList<int> weights;
    int total = 0;
    for (int a = 0; a < m_world.actions.size(); ++a) {
        if (m_world.actions.at(a).isActiveOn(anchor)) {
            running << a;
            total += m_world.actions.at(a).seed->weight;
            weights << total;
        }
    }
    const int pick = rng.below(total);
    int k = 0;
    while (weights.at(k) <= pick)
        ++k;
    p.action = running.at(k);
    const QString category = s(m_world.actions.at(p.action).seed->category);
    p.newEntrant = category == u"acces" || (category == u"acces_maintien" && rng.percent(50));
    if (p.path == Path::Supported) {
        const QDate end = p.start.addDays(supportDays(rng));
        if (end < m_today)
            p.end = end;
        p.referral = p.start.addDays(p.newEntrant ? -rng.between(60, 110) : -rng.between(25, 50));
    }
    return p;
}

// --- follow-up committees ------------------------------------------------------------------

Status Generator::writeCommittees()
{
    const Texts &t = texts();
    static const QStringList decisions = {u"poursuite"_s,
                                          u"renforcement"_s,
                                          u"renouvellement_contrat"_s,
                                          u"mobilisation_partenaire"_s,
                                          u"fin_accompagnement"_s,
                                          u"reexamen"_s};
    for (int a = 0; a < m_world.agencies.size(); ++a) {
        const AgencyInfo &agency = m_world.agencies.at(a);
        Rng rng(streamSeed(m_options.seed, 3, quint64(a)));
        QStringList people;
        for (const User &u : agency.cesf)
            people << u.displayName + s(" (CESF)");
        people << m_world.head.displayName + s(" (responsable du pôle social)")
               << s("Référents des associations partenaires");
        const QString participants = people.join(u'\n');
        QList<QDate> dates;
        for (QDate quarter(m_windowStart.year(), (m_windowStart.month() - 1) / 3 * 3 + 1, 1);;
             quarter = quarter.addMonths(3)) {
            const QDate date = quarter.addDays(14 + a % 10);
            if (date > m_today)
                break;
            if (date >= m_windowStart)
                dates << date;
        }
        const QDate upcoming = m_today.addDays(7 + 7 * (a % 4));
        dates << upcoming;
        const QList<Followed> &followed = m_world.followed.at(a);
        for (const QDate &date : std::as_const(dates)) {
            const bool next = date == upcoming;
            QList<Id> running;
            for (const Followed &f : followed) {
                if (f.start <= date && (!f.end.isValid() || f.end >= date)
                    && (!next || !f.end.isValid()))
                    running << f.householdId;
            }
            if (running.isEmpty())
                continue;
            const int count = std::min<int>(int(running.size()), rng.between(8, 12));
            for (int k = 0; k < count; ++k)
                std::swap(running[k], running[k + rng.below(int(running.size()) - k)]);
            running = running.mid(0, count);
            std::sort(running.begin(), running.end());
            FollowUpCommittee c;
            c.agencyId = agency.agency.id;
            c.date = date;
            c.time = QTime(14, 0);
            c.place = agency.agency.name + s(", salle de réunion");
            c.participants = participants;
            if (!next)
                c.minutes = t.committeeMinutes;
            for (Id household : std::as_const(running)) {
                CommitteeReview r;
                r.householdId = household;
                if (next) {
                    r.reason = t.committeeNext;
                } else {
                    r.reason = t.committeeReasons.at(rng.weighted({50, 15, 15, 12, 8}));
                    r.decision = decisions.at(rng.weighted({50, 12, 15, 10, 8, 5}));
                    r.decisionNotes = t.committeeDecisionNotes;
                }
                c.reviews << r;
            }
            PASSERELLE_CHECK(m_writer.write(c));
        }
    }
    return {};
}

Status Generator::run()
{
    m_firstYear = m_today.year() - Years;
    m_world.domains = ReferenceLists::builtInCodes(ReferenceList::DiagnosticDomain);
    for (int k = 0; k < m_world.domains.size() && k < int(m_world.observations.size()); ++k) {
        for (int level = -1; level <= 3; ++level)
            m_world.observations[k][level + 1] = Demo::observation(m_world.domains.at(k), level);
    }
    // The contacts a CESF logs (Demo::contactTemplates()), by type, in the order of the
    // weights drawn in HouseholdStory::writeContacts(): home visits first.
    for (const char *type :
         {"visite_domicile", "telephone", "entretien_bureau", "accompagnement_physique",
          "echange_partenaire", "visite_sans_reponse", "courrier", "atelier_collectif"}) {
        ContactKind kind;
        kind.type = s(type);
        for (const Demo::ContactTemplate &c : Demo::contactTemplates()) {
            if (qstrcmp(c.type, type) == 0) {
                kind.notes.append(
                        {c.minutes > 0 ? std::optional<int>(c.minutes) : std::nullopt, s(c.note)});
            }
        }
        m_world.contactKinds << kind;
    }

    PASSERELLE_CHECK(m_writer.begin());
    PASSERELLE_CHECK(writeDirectory());
    for (const ActionSeed &seed : actionSeeds()) {
        ActionInfo info;
        info.seed = &seed;
        info.start = QDate(m_firstYear + seed.fromYear, 1, 1);
        if (seed.untilYear >= 0 && m_firstYear + seed.untilYear < m_today.year())
            info.end = QDate(m_firstYear + seed.untilYear, 12, 31);
        info.publics = s(seed.publics).split(u'|');
        Action &a = info.action;
        a.code = s(seed.code);
        a.name = s(seed.name);
        a.description = s(seed.description);
        a.callForProjects = s("10 000 logements Hlm accompagnés");
        a.callYear = info.start.year();
        a.category = s(seed.category);
        a.publics = codes(seed.publics);
        a.leadPartnerId = m_world.partners.value(s(seed.leadPartner)).id;
        a.territory = s("Occitanie");
        a.startDate = info.start;
        a.endDate = info.end;
        m_world.actions << info;
    }
    std::vector<HouseholdPlan> plans;
    plans.reserve(size_t(m_options.households));
    for (int i = 0; i < m_options.households; ++i)
        plans.push_back(planOf(i));
    PASSERELLE_CHECK(writeActions(plans));
    m_world.followed.resize(m_world.agencies.size());
    for (int i = 0; i < m_options.households; ++i)
        PASSERELLE_CHECK(HouseholdStory(m_world, m_options.seed, i, plans[size_t(i)]).write());
    PASSERELLE_CHECK(writeCommittees());
    return m_writer.finish(Scope::everything(u"demo"_s),
                           u"scale demo: households: %1; seed: %2"_s.arg(m_options.households)
                                   .arg(m_options.seed));
}

} // namespace

qint64 Report::rowsOf(const QString &table) const
{
    for (const auto &[name, count] : rows) {
        if (name == table)
            return count;
    }
    return 0;
}

namespace {

Status checkOptions(const Options &options)
{
    if (options.households < 1 || options.households > MaxHouseholds) {
        return Error::validation(
                Msg::tr("The number of households must be between 1 and %1.").arg(MaxHouseholds));
    }
    if (!options.today.isValid() || options.today < QDate(2000, 1, 1)) {
        return Error::validation(Msg::tr("The synthetic base is anchored on a date from 2000 "
                                         "on (its ten years end then)."));
    }
    return {};
}

} // namespace

Result<Report> populate(Database &db, const Options &options)
{
    PASSERELLE_CHECK(checkOptions(options));
    Generator generator(db, options);
    PASSERELLE_CHECK(generator.run());
    Report report;
    report.rows = generator.rows();
    return report;
}

Result<Report> create(const QString &location, const Options &options)
{
    PASSERELLE_CHECK(checkOptions(options));
    if (Database::isServerLocation(location)) {
        PASSERELLE_TRY(db, Database::open(location));
        return populate(*db, options);
    }
    if (QFileInfo::exists(location)) {
        return Error::validation(Msg::tr("The file “%1” already exists: the demo is only written "
                                         "to a new file.")
                                         .arg(location));
    }
    Result<Report> report = [&]() -> Result<Report> {
        PASSERELLE_TRY(db, Database::open(location));
        return populate(*db, options);
    }();
    if (!report) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(location + suffix);
    }
    return report;
}

} // namespace Passerelle::ScaleDemo
