<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionRepository</name>
    <message>
        <source>This action does not exist.</source>
        <translation>Ce dispositif n'existe pas.</translation>
    </message>
</context>
<context>
    <name>AgencyRepository</name>
    <message>
        <source>This agency does not exist.</source>
        <translation>Cette agence n'existe pas.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The file “%1” already exists: the demo is only written to a new file. Choose another name or delete the file first.</source>
        <translation>Le fichier « %1 » existe déjà : la démonstration n'est écrite que dans un nouveau fichier. Choisissez un autre nom ou supprimez d'abord ce fichier.</translation>
    </message>
    <message>
        <source>Demo database created: %1</source>
        <translation>Base de démonstration créée : %1</translation>
    </message>
    <message>
        <source>%1 agencies, %2 partners, %3 actions, %4 households (%5 new entrants, %6 existing tenants).</source>
        <translation>%1 agences, %2 partenaires, %3 dispositifs, %4 ménages (%5 nouveaux entrants, %6 locataires en place).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Schema version: none (empty file, set up at first opening)</source>
        <translation>Version du schéma : aucune (fichier vide, préparé à la première ouverture)</translation>
    </message>
    <message>
        <source>Schema version: %1 (will be upgraded to %2 at next opening)</source>
        <translation>Version du schéma : %1 (sera mise à jour en %2 à la prochaine ouverture)</translation>
    </message>
    <message>
        <source>Schema version: %1 (up to date)</source>
        <translation>Version du schéma : %1 (à jour)</translation>
    </message>
    <message>
        <source>Integrity: no problem found.</source>
        <translation>Intégrité : aucun problème.</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s) found:</source>
        <translation>
            <numerusform>Intégrité : %n problème trouvé :</numerusform>
            <numerusform>Intégrité : %n problèmes trouvés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the latest backup, or ask your administrator.</source>
        <translation>Restaurez la dernière sauvegarde ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Fichier de la base de données.</translation>
    </message>
    <message>
        <source>Language (fr or en).</source>
        <translation>Langue (fr ou en).</translation>
    </message>
    <message>
        <source>Login of the user.</source>
        <translation>Identifiant de l'utilisateur.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Command to run.</source>
        <translation>Commande à exécuter.</translation>
    </message>
    <message>
        <source>Bad command line: %1</source>
        <translation>Ligne de commande incorrecte : %1</translation>
    </message>
    <message>
        <source>See “passerelle --help”.</source>
        <translation>Voir « passerelle --help ».</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2. See “passerelle --help”.</source>
        <translation>Commande inconnue « %1 ». Commandes : %2. Voir « passerelle --help ».</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. See “passerelle --help”.</source>
        <translation>Argument inattendu « %1 ». Voir « passerelle --help ».</translation>
    </message>
    <message>
        <source>The command “%1” needs --database FILE.</source>
        <translation>La commande « %1 » demande --database FICHIER.</translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation>La sortie n'a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2. Check the folder and its permissions.</source>
        <translation>Le fichier « %1 » ne peut pas être écrit : %2. Vérifiez le dossier et ses droits.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written completely (is the disk full?). Nothing was written.</source>
        <translation>Le fichier « %1 » n'a pas pu être écrit entièrement (le disque est-il plein ?). Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The command “review” needs --%1. See “passerelle --help”.</source>
        <translation>La commande « review » demande --%1. Voir « passerelle --help ».</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date: write it YYYY-MM-DD, for example 2025-12-31.</source>
        <translation>--%1 « %2 » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2025-12-31.</translation>
    </message>
    <message>
        <source>The end of the period (%1) is before its start (%2).</source>
        <translation>La fin de la période (%1) précède son début (%2).</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation>Format inconnu « %1 » : utilisez json ou csv.</translation>
    </message>
    <message>
        <source>No action has the code “%1”.</source>
        <translation>Aucun dispositif n'a le code « %1 ».</translation>
    </message>
    <message>
        <source>No agency has the code “%1”.</source>
        <translation>Aucune agence n'a le code « %1 ».</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Premier jour de la période.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Dernier jour de la période.</translation>
    </message>
    <message>
        <source>Action code (several allowed).</source>
        <translation>Code d'un dispositif (plusieurs possibles).</translation>
    </message>
    <message>
        <source>Agency code (several allowed).</source>
        <translation>Code d'une agence (plusieurs possibles).</translation>
    </message>
    <message>
        <source>Output format.</source>
        <translation>Format de sortie.</translation>
    </message>
    <message>
        <source>Output file, or - for the standard output.</source>
        <translation>Fichier de sortie, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>The command “migrate” needs --from FILE.sqlite --to postgresql://user@host:port/database.</source>
        <translation>La commande « migrate » demande --from FICHIER.sqlite --to postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>“migrate” copies a unit's SQLite file (--from) to the shared PostgreSQL server (--to postgresql://…).</source>
        <translation>« migrate » copie le fichier SQLite d'une unité (--from) vers le serveur PostgreSQL partagé (--to postgresql://…).</translation>
    </message>
    <message>
        <source>Copied from %1 to %2:</source>
        <translation>Copie de %1 vers %2 :</translation>
    </message>
    <message>
        <source>Every table has the same number of rows in both databases.</source>
        <translation>Chaque table a le même nombre de lignes dans les deux bases.</translation>
    </message>
    <message>
        <source>Usage:
  passerelle [--database FILE|URL]           open Passerelle (default database in your data folder)
  passerelle demo --database FILE            create a demo database
  passerelle check --database FILE           check integrity and schema version
  passerelle import --database FILE --households H.csv [--contacts C.csv] [--dry-run]
                                             import the unit's spreadsheets
  passerelle review --database FILE --from YYYY-MM-DD --to YYYY-MM-DD
                    [--action CODE]... [--agency CODE]... --format json|csv
                    --output PATH|-                year-end review figures
  passerelle migrate --from FILE.sqlite --to postgresql://user@host:port/database
                                             copy a unit's file to the shared server

A database is a SQLite file or a PostgreSQL server: postgresql://user@host:port/name
(TLS with ?sslmode=require or verify-full; password from PGPASSWORD or asked).

Global options:
  --lang fr|en    language of the interface and messages (French by default)
  --help          show this help
  --version       show the version

Exit status: 0 success, 1 bad usage, 2 bad data or refused access.</source>
        <translation>Utilisation :
  passerelle [--database FICHIER|URL]        ouvre Passerelle (base par défaut dans votre dossier de données)
  passerelle demo --database FICHIER         crée une base de démonstration
  passerelle check --database FICHIER        vérifie l'intégrité et la version du schéma
  passerelle import --database FICHIER --households M.csv [--contacts C.csv] [--dry-run]
                                             importe les tableaux de l'unité
  passerelle review --database FICHIER --from AAAA-MM-JJ --to AAAA-MM-JJ
                    [--action CODE]... [--agency CODE]... --format json|csv
                    --output CHEMIN|-              chiffres du bilan annuel
  passerelle migrate --from FICHIER.sqlite --to postgresql://utilisateur@serveur:port/base
                                             copie le fichier d'une unité vers le serveur partagé

Une base est un fichier SQLite ou un serveur PostgreSQL : postgresql://utilisateur@serveur:port/nom
(TLS avec ?sslmode=require ou verify-full ; mot de passe lu dans PGPASSWORD ou demandé).

Options générales :
  --lang fr|en    langue de l'interface et des messages (français par défaut)
  --help          affiche cette aide
  --version       affiche la version

Code de sortie : 0 succès, 1 mauvaise utilisation, 2 données refusées ou accès refusé.</translation>
    </message>
    <message>
        <source>The command “import” needs --households FILE.csv (and optionally --contacts FILE.csv).</source>
        <translation>La commande « import » demande --households FICHIER.csv (et éventuellement --contacts FICHIER.csv).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing was imported; the database is unchanged. Correct the files and import them again.</source>
        <translation>
            <numerusform>%n erreur : rien n'a été importé, la base est inchangée. Corrigez les fichiers puis importez-les de nouveau.</numerusform><numerusform>%n erreurs : rien n'a été importé, la base est inchangée. Corrigez les fichiers puis importez-les de nouveau.</numerusform></translation>
    </message>
    <message>
        <source>Check only (--dry-run): nothing was written. The import would give:</source>
        <translation>Vérification seule (--dry-run) : rien n'a été écrit. L'import donnerait :</translation>
    </message>
    <message>
        <source>Import done:</source>
        <translation>Import terminé :</translation>
    </message>
    <message>
        <source>  households: %1 created, %2 updated</source>
        <translation>  ménages : %1 créés, %2 mis à jour</translation>
    </message>
    <message>
        <source>  supports: %1 created, %2 updated</source>
        <translation>  accompagnements : %1 créés, %2 mis à jour</translation>
    </message>
    <message>
        <source>  contacts: %1 created, %2 already present</source>
        <translation>  contacts : %1 créés, %2 déjà présents</translation>
    </message>
    <message>
        <source>Households file (CSV).</source>
        <translation>Fichier des ménages (CSV).</translation>
    </message>
    <message>
        <source>Contacts file (CSV).</source>
        <translation>Fichier des contacts (CSV).</translation>
    </message>
    <message>
        <source>Check without writing.</source>
        <translation>Vérifier sans écrire.</translation>
    </message>
</context>
<context>
    <name>CommitteeRepository</name>
    <message>
        <source>This follow-up committee does not exist or is not visible to you.</source>
        <translation>Cette commission de suivi n'existe pas ou ne vous est pas accessible.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Only new contacts can be inserted at once.</source>
        <translation>Seuls de nouveaux contacts peuvent être insérés en bloc.</translation>
    </message>
    <message>
        <source>import of %1 contacts (ids %2 to %3)</source>
        <translation>import de %1 contacts (n° %2 à %3)</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>This household already has a contract in this action.</source>
        <translation>Ce ménage a déjà un contrat dans ce dispositif.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed. Install the package libqt6sql6-sqlite and start Passerelle again.</source>
        <translation>Le pilote SQLite de Qt n'est pas installé. Installez le paquet libqt6sql6-sqlite puis relancez Passerelle.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n'a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Choose a file.</source>
        <translation>« %1 » est un dossier et non un fichier de base de données. Choisissez un fichier.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist. Check the path, or create a demo database with “passerelle demo --database %1”.</source>
        <translation>Le fichier de base de données « %1 » n'existe pas. Vérifiez le chemin, ou créez une base de démonstration avec « passerelle demo --database %1 ».</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist. Create it first or choose another location.</source>
        <translation>Le dossier de « %1 » n'existe pas. Créez-le d'abord ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened. Check that it exists and that you may read it.</source>
        <translation>Le fichier de base de données « %1 » ne peut pas être ouvert. Vérifiez qu'il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The database “%1” is locked by another program. Close the other program, or wait a moment, and try again.</source>
        <translation>La base « %1 » est verrouillée par un autre programme. Fermez cet autre programme, ou patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is not a Passerelle database (the file is not a SQLite database, or it is damaged). It was not changed. Choose another file.</source>
        <translation>« %1 » n'est pas une base Passerelle (le fichier n'est pas une base SQLite, ou il est endommagé). Il n'a pas été modifié. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database but not a Passerelle database. It was not changed. Choose another file.</source>
        <translation>« %1 » est une base SQLite mais pas une base Passerelle. Elle n'a pas été modifiée. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Passerelle (schema %2; this version knows schema %3 at most). It was not changed. Install the latest version of Passerelle to open it.</source>
        <translation>La base « %1 » a été écrite par une version plus récente de Passerelle (schéma %2 ; cette version connaît au plus le schéma %3). Elle n'a pas été modifiée. Installez la dernière version de Passerelle pour l'ouvrir.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened for writing. Check that the file and its folder are not read-only and that the disk is not full.</source>
        <translation>Le fichier de base de données « %1 » ne peut pas être ouvert en écriture. Vérifiez que le fichier et son dossier ne sont pas en lecture seule et que le disque n'est pas plein.</translation>
    </message>
    <message>
        <source>configuring the database</source>
        <translation>la configuration de la base</translation>
    </message>
    <message>
        <source>upgrading the database</source>
        <translation>la mise à jour de la base</translation>
    </message>
    <message>
        <source>A database upgrade script is missing from this build.</source>
        <translation>Un script de mise à jour de la base manque dans cette version de Passerelle.</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>la préparation d'une requête</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>l'exécution d'une requête</translation>
    </message>
    <message>
        <source>reading a result</source>
        <translation>la lecture d'un résultat</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>l'enregistrement d'une fiche</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>le début d'une transaction</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>l'enregistrement des modifications</translation>
    </message>
    <message>
        <source>table %1, row %2: broken link to table %3</source>
        <translation>table %1, ligne %2 : lien rompu vers la table %3</translation>
    </message>
    <message>
        <source>The database “%1” is busy (another user or program is saving). Nothing was changed; try again in a moment.</source>
        <translation>La base « %1 » est occupée (un autre utilisateur ou programme enregistre). Rien n'a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Nothing was changed; free some space and try again.</source>
        <translation>Le disque qui contient « %1 » est plein. Rien n'a été modifié ; libérez de la place puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” is read-only. Nothing was changed; check the file's permissions or open a copy you may write.</source>
        <translation>La base « %1 » est en lecture seule. Rien n'a été modifié ; vérifiez les droits sur le fichier ou ouvrez une copie modifiable.</translation>
    </message>
    <message>
        <source>The change breaks a consistency rule of the database (while %1). Nothing was changed.</source>
        <translation>La modification enfreint une règle de cohérence de la base (pendant %1). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The database “%1” could not be read or written (while %2). Check the disk, then run “passerelle check”.</source>
        <translation>La base « %1 » n'a pas pu être lue ou écrite (pendant %2). Vérifiez le disque, puis lancez « passerelle check ».</translation>
    </message>
    <message>
        <source>The database refused an operation (while %1). Nothing was changed.</source>
        <translation>La base a refusé une opération (pendant %1). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transaction était déjà terminée.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Your changes were not saved; reopen it to see theirs.</source>
        <translation>Quelqu'un d'autre a modifié cette fiche depuis que vous l'avez ouverte. Vos modifications n'ont pas été enregistrées ; rouvrez la fiche pour voir les siennes.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>La fiche n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed. Install the package libqt6sql6-psql and start Passerelle again.</source>
        <translation>Le pilote PostgreSQL de Qt n'est pas installé. Installez le paquet libqt6sql6-psql puis relancez Passerelle.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address. Write it postgresql://user@host:port/database, for example postgresql://passerelle@db.example.org:5432/passerelle.</source>
        <translation>« %1 » n'est pas une adresse de serveur valable. Écrivez-la postgresql://utilisateur@serveur:port/base, par exemple postgresql://passerelle@db.example.org:5432/passerelle.</translation>
    </message>
    <message>
        <source>Do not write the password in the server address: give it in the PGPASSWORD environment variable, or type it when asked.</source>
        <translation>N'écrivez pas le mot de passe dans l'adresse du serveur : donnez-le dans la variable d'environnement PGPASSWORD, ou tapez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>Unknown option “%1” in the server address. Use sslmode=disable, prefer, require, verify-ca or verify-full.</source>
        <translation>Option inconnue « %1 » dans l'adresse du serveur. Utilisez sslmode=disable, prefer, require, verify-ca ou verify-full.</translation>
    </message>
    <message>
        <source>The server “%1” refused the user name or the password. Check them and try again.</source>
        <translation>Le serveur « %1 » a refusé le nom d'utilisateur ou le mot de passe. Vérifiez-les puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist on the server. Ask the administrator to create it (empty) for Passerelle.</source>
        <translation>La base « %1 » n'existe pas sur le serveur. Demandez à l'administrateur de la créer (vide) pour Passerelle.</translation>
    </message>
    <message>
        <source>The server “%1” cannot be reached. Check the address, the network and that the server is running, then try again.</source>
        <translation>Le serveur « %1 » est injoignable. Vérifiez l'adresse, le réseau et que le serveur fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is not a valid schema name.</source>
        <translation>« %1 » n'est pas un nom de schéma valable.</translation>
    </message>
    <message>
        <source>The database “%1” already holds tables of another application. It was not changed. Use an empty database for Passerelle.</source>
        <translation>La base « %1 » contient déjà les tables d'une autre application. Elle n'a pas été modifiée. Utilisez une base vide pour Passerelle.</translation>
    </message>
    <message>
        <source>The connection to the server “%1” was lost (while %2). Nothing was changed; check the network and try again.</source>
        <translation>La connexion au serveur « %1 » a été perdue (pendant %2). Rien n'a été modifié ; vérifiez le réseau puis réessayez.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>%n household(s) without any member</source>
        <translation>
            <numerusform>%n ménage sans aucun membre</numerusform>
            <numerusform>%n ménages sans aucun membre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended support(s) without an outcome</source>
        <translation>
            <numerusform>%n accompagnement terminé sans issue</numerusform>
            <numerusform>%n accompagnements terminés sans issue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of overlapping leases</source>
        <translation>
            <numerusform>%n paire de baux qui se chevauchent</numerusform>
            <numerusform>%n paires de baux qui se chevauchent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with more than one main tenant</source>
        <translation>
            <numerusform>%n ménage avec plus d'un titulaire</numerusform>
            <numerusform>%n ménages avec plus d'un titulaire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The two databases are not at the same version (%1 and %2). Open each one once with this version of Passerelle, then try again.</source>
        <translation>Les deux bases ne sont pas à la même version (%1 et %2). Ouvrez chacune une fois avec cette version de Passerelle, puis réessayez.</translation>
    </message>
    <message>
        <source>The target database “%1” is not empty (table %2). Records are only copied into an empty database.</source>
        <translation>La base de destination « %1 » n'est pas vide (table %2). Les données ne sont copiées que dans une base vide.</translation>
    </message>
    <message>
        <source>Table %1: %2 rows read but %3 in the target. Nothing was copied.</source>
        <translation>Table %1 : %2 lignes lues mais %3 dans la destination. Rien n'a été copié.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo is anchored on a date from 2026 on (its histories run until then).</source>
        <translation>La démonstration est ancrée sur une date à partir de 2026 (ses historiques vont jusque-là).</translation>
    </message>
    <message>
        <source>The file “%1” already exists: the demo is only written to a new file.</source>
        <translation>Le fichier « %1 » existe déjà : la démonstration n'est écrite que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>The database “%1” already holds data: the demo is only written to an empty database.</source>
        <translation>La base « %1 » contient déjà des données : la démonstration n'est écrite que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>DirectoryRecords</name>
    <message>
        <source>The code “%1” is already used.</source>
        <translation>Le code « %1 » est déjà utilisé.</translation>
    </message>
</context>
<context>
    <name>DwellingRepository</name>
    <message>
        <source>This dwelling does not exist.</source>
        <translation>Ce logement n'existe pas.</translation>
    </message>
    <message>
        <source>Only new dwellings can be inserted at once.</source>
        <translation>Seuls de nouveaux logements peuvent être insérés en bloc.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Action</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Actions prévues</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Commitments of the association</source>
        <translation>Engagements de l'association</translation>
    </message>
    <message>
        <source>Signatory for the association</source>
        <translation>Signataire pour l'association</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>CESF referent</source>
        <translation>CESF référente</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Notes on the decision</source>
        <translation>Commentaire de la décision</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Date de réalisation</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Notes on the end of support</source>
        <translation>Commentaire de fin d'accompagnement</translation>
    </message>
    <message>
        <source>Reason for the end</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Expected date of the glissement</source>
        <translation>Date prévue du glissement</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Furnished</source>
        <translation>Meublé</translation>
    </message>
    <message>
        <source>Conditions of the glissement</source>
        <translation>Conditions du glissement</translation>
    </message>
    <message>
        <source>Commitments of the household</source>
        <translation>Engagements du ménage</translation>
    </message>
    <message>
        <source>Kind of household</source>
        <translation>Type de ménage</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commitments of the landlord</source>
        <translation>Engagements du bailleur</translation>
    </message>
    <message>
        <source>Signatory for the landlord</source>
        <translation>Signataire pour le bailleur</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Main source of income</source>
        <translation>Source principale de ressources</translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <translation>Fréquence des rencontres</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Ressources mensuelles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Date de l'issue</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partner's referent</source>
        <translation>Référent du partenaire</translation>
    </message>
    <message>
        <source>Partners to mobilise</source>
        <translation>Partenaires à mobiliser</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Situation before entry</source>
        <translation>Situation antérieure</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>In a QPV</source>
        <translation>En QPV</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Préconisation</translation>
    </message>
    <message>
        <source>Recommended intensity</source>
        <translation>Intensité préconisée</translation>
    </message>
    <message>
        <source>Recommended lease type</source>
        <translation>Type de bail préconisé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Sources of income</source>
        <translation>Sources de ressources</translation>
    </message>
    <message>
        <source>Income known</source>
        <translation>Ressources connues</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signs the contract</source>
        <translation>Signe le contrat</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Reason for the start</source>
        <translation>Motif de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Still housed</source>
        <translation>Toujours logé</translation>
    </message>
    <message>
        <source>Sub-letting association</source>
        <translation>Association sous-locataire</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>HouseholdRecords</name>
    <message>
        <source>A record cannot be moved to another household.</source>
        <translation>Une fiche ne peut pas être rattachée à un autre ménage.</translation>
    </message>
    <message>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>Only new records can be inserted at once.</source>
        <translation>Seules de nouvelles fiches peuvent être insérées en bloc.</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>You may only file households of your own agency.</source>
        <translation>Vous ne pouvez enregistrer que des ménages de votre agence.</translation>
    </message>
    <message>
        <source>The file reference “%1” is already used by another household.</source>
        <translation>La référence de dossier « %1 » est déjà utilisée par un autre ménage.</translation>
    </message>
    <message>
        <source>member added: %1</source>
        <translation>membre ajouté : %1</translation>
    </message>
    <message>
        <source>member %1: %2</source>
        <translation>membre %1 : %2</translation>
    </message>
    <message>
        <source>member removed: %1</source>
        <translation>membre retiré : %1</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>Only new households can be inserted at once.</source>
        <translation>Seuls de nouveaux ménages peuvent être insérés en bloc.</translation>
    </message>
    <message>
        <source>saving households</source>
        <translation>l'enregistrement des ménages</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>is before 1990</source>
        <translation>est antérieure à 1990</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>est dans le futur</translation>
    </message>
    <message>
        <source>is not the reference of a household of %1 or of the database</source>
        <translation>n'est la référence d'aucun ménage de %1 ni de la base</translation>
    </message>
    <message>
        <source>is not an action of this household</source>
        <translation>n'est pas un dispositif de ce ménage</translation>
    </message>
    <message>
        <source>a value is required: this household is supported in several actions (%1)</source>
        <translation>valeur obligatoire : ce ménage est accompagné dans plusieurs dispositifs (%1)</translation>
    </message>
    <message>
        <source>the file is a spreadsheet, not a CSV file: save it as “CSV (semicolon delimited)” and import that file</source>
        <translation>le fichier est un classeur, pas un fichier CSV : enregistrez-le au format « CSV (séparateur : point-virgule) » et importez ce fichier</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>le fichier n'est pas un texte UTF-16 valide</translation>
    </message>
    <message>
        <source>the file announces UTF-8 but this line is not valid UTF-8: save the file again as “CSV UTF-8”</source>
        <translation>le fichier s'annonce en UTF-8 mais cette ligne n'est pas en UTF-8 valide : enregistrez-le de nouveau au format « CSV UTF-8 »</translation>
    </message>
    <message>
        <source>the file is not a text file (CSV)</source>
        <translation>le fichier n'est pas un fichier texte (CSV)</translation>
    </message>
    <message>
        <source>the file mixes the UTF-8 and Windows-1252 encodings (here for the first time): save it again as “CSV UTF-8”</source>
        <translation>le fichier mélange les encodages UTF-8 et Windows-1252 (ici pour la première fois) : enregistrez-le de nouveau au format « CSV UTF-8 »</translation>
    </message>
    <message>
        <source>a quoted field is not closed: a closing " is missing (the rest of the file cannot be read)</source>
        <translation>un champ entre guillemets n'est pas refermé : il manque un " (la suite du fichier ne peut pas être lue)</translation>
    </message>
    <message>
        <source>unexpected characters after the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>des caractères suivent le guillemet fermant d'un champ (un guillemet à l'intérieur d'un champ entre guillemets doit être doublé)</translation>
    </message>
    <message>
        <source>the line has %1 fields instead of %2 (check the separators and the quotes)</source>
        <translation>la ligne compte %1 champs au lieu de %2 (vérifiez les séparateurs et les guillemets)</translation>
    </message>
    <message>
        <source>the file does not exist: check the path “%1”</source>
        <translation>le fichier n'existe pas : vérifiez le chemin « %1 »</translation>
    </message>
    <message>
        <source>the file cannot be read: check that you may open “%1”</source>
        <translation>le fichier ne peut pas être lu : vérifiez que vous avez le droit d'ouvrir « %1 »</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file has a header line but no data</source>
        <translation>le fichier a une ligne d'en-tête mais aucune donnée</translation>
    </message>
    <message>
        <source>differs from “%1” given line %2 for the same household</source>
        <translation>diffère de la valeur « %1 » donnée ligne %2 pour le même ménage</translation>
    </message>
    <message>
        <source>a value is required (unless the referral outcome is a refusal, no grounds for support or pending)</source>
        <translation>valeur obligatoire (sauf si l'issue de l'orientation est un refus, un non-lieu ou « en cours »)</translation>
    </message>
    <message>
        <source>is given but the referral outcome is “%1”: no support follows</source>
        <translation>est donnée alors que l'issue de l'orientation est « %1 » : aucun accompagnement ne suit</translation>
    </message>
    <message>
        <source>is given without a start of support</source>
        <translation>est donnée sans date de début d'accompagnement</translation>
    </message>
    <message>
        <source>is before the start of support (%1)</source>
        <translation>est antérieure au début de l'accompagnement (%1)</translation>
    </message>
    <message>
        <source>needs a value in the column %1</source>
        <translation>suppose une valeur dans la colonne %1</translation>
    </message>
    <message>
        <source>is not the name “%1” given line %2 for the same reference</source>
        <translation>n'est pas le nom « %1 » donné ligne %2 pour la même référence</translation>
    </message>
    <message>
        <source>a value is required when the column %1 is given</source>
        <translation>valeur obligatoire quand la colonne %1 est renseignée</translation>
    </message>
    <message>
        <source>is only possible when the column %1 is bail_glissant</source>
        <translation>n'est possible que si la colonne %1 vaut bail_glissant</translation>
    </message>
    <message>
        <source>is not after the entry into the dwelling (%1)</source>
        <translation>n'est pas postérieure à l'entrée dans le logement (%1)</translation>
    </message>
    <message>
        <source>is after the exit from the dwelling (%1)</source>
        <translation>est postérieure à la sortie du logement (%1)</translation>
    </message>
    <message>
        <source>is before the entry into the dwelling (%1)</source>
        <translation>est antérieure à l'entrée dans le logement (%1)</translation>
    </message>
    <message>
        <source>appears again for this reference (first line %1): a household has one line per action</source>
        <translation>figure déjà ligne %1 pour cette référence : un ménage a une seule ligne par dispositif</translation>
    </message>
    <message>
        <source>is not the name “%1” of the household already recorded with this reference</source>
        <translation>n'est pas le nom « %1 » du ménage déjà enregistré sous cette référence</translation>
    </message>
    <message>
        <source>is less than the %1 children already recorded with a first name or a birth date: they are kept</source>
        <translation>est inférieur aux %1 enfants déjà enregistrés avec un prénom ou une date de naissance : ils sont conservés</translation>
    </message>
    <message>
        <source>no lease is known for this household: give the columns %1 and %2</source>
        <translation>aucun bail n'est connu pour ce ménage : renseignez les colonnes %1 et %2</translation>
    </message>
    <message>
        <source>is before the start of the household's last lease (%1)</source>
        <translation>est antérieure au début du dernier bail du ménage (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>"%1" %2</source>
        <translation>"%1" %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no households file was given</source>
        <translation>aucun fichier des ménages n'est indiqué</translation>
    </message>
    <message>
        <source>a column without a name is ignored</source>
        <translation>une colonne sans nom est ignorée</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>colonne inconnue, ignorée</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la colonne figure deux fois</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>colonne obligatoire absente</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>valeur obligatoire manquante</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>n'est pas une date</translation>
    </message>
    <message>
        <source>is not a date (accepted formats: dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>n'est pas une date (formats acceptés : jj/mm/aaaa ou aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>is not an amount (for example 1 234,50 €)</source>
        <translation>n'est pas un montant (par exemple 1 234,50 €)</translation>
    </message>
    <message>
        <source>is not a whole number of 0 or more</source>
        <translation>n'est pas un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>is too large (%1 at most)</source>
        <translation>est trop grand (%1 au plus)</translation>
    </message>
    <message>
        <source>is not a yes/no answer (oui, non, o, n, 1, 0, x or empty)</source>
        <translation>n'est pas une réponse oui/non (oui, non, o, n, 1, 0, x ou vide)</translation>
    </message>
    <message>
        <source>is not a known value of the list “%1” (give its code or its label)</source>
        <translation>n'est pas une valeur connue de la liste « %1 » (indiquez son code ou son libellé)</translation>
    </message>
    <message>
        <source>is an agency other than yours: you may only import the households of your own agency</source>
        <translation>est une autre agence que la vôtre : vous ne pouvez importer que les ménages de votre agence</translation>
    </message>
    <message>
        <source>is not a known agency; only a user who sees every agency may create one</source>
        <translation>n'est pas une agence connue ; seul un utilisateur qui voit toutes les agences peut en créer une</translation>
    </message>
    <message>
        <source>is not a known agency: it is created with the code “%1”</source>
        <translation>n'est pas une agence connue : elle est créée avec le code « %1 »</translation>
    </message>
    <message>
        <source>is not a known action: it is created with the code “%1”</source>
        <translation>n'est pas un dispositif connu : il est créé avec le code « %1 »</translation>
    </message>
    <message>
        <source>is not a known partner: it is created (an association) with the code “%1”</source>
        <translation>n'est pas un partenaire connu : il est créé (association) avec le code « %1 »</translation>
    </message>
</context>
<context>
    <name>LeaseRepository</name>
    <message>
        <source>This lease overlaps another lease of the household (from %1). End the previous lease first.</source>
        <translation>Ce bail chevauche un autre bail du ménage (débutant le %1). Terminez d'abord le bail précédent.</translation>
    </message>
    <message>
        <source>Only a bail glissant can slide to the household.</source>
        <translation>Seul un bail glissant peut glisser au ménage.</translation>
    </message>
    <message>
        <source>The date of the glissement must fall within the bail glissant (after %1).</source>
        <translation>La date du glissement doit tomber pendant le bail glissant (après le %1).</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>The landlord's name is required.</source>
        <translation>Le nom du bailleur est obligatoire.</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>This partner does not exist.</source>
        <translation>Ce partenaire n'existe pas.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::CodeCombo</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ConnectionDialog</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>A &amp;file on this computer (one unit working alone)</source>
        <translation>Un &amp;fichier sur cet ordinateur (une unité qui travaille seule)</translation>
    </message>
    <message>
        <source>File of the database (.sqlite)</source>
        <translation>Fichier de la base (.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The &amp;shared PostgreSQL server (several agencies)</source>
        <translation>Le &amp;serveur PostgreSQL partagé (plusieurs agences)</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>par exemple db.example.org</translation>
    </message>
    <message>
        <source>Required, server certificate checked (recommended)</source>
        <translation>Obligatoire, certificat du serveur vérifié (recommandé)</translation>
    </message>
    <message>
        <source>Required, certificate authority checked</source>
        <translation>Obligatoire, autorité de certification vérifiée</translation>
    </message>
    <message>
        <source>Required, certificate not checked</source>
        <translation>Obligatoire, certificat non vérifié</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Si le serveur le propose</translation>
    </message>
    <message>
        <source>Never (trusted local network only)</source>
        <translation>Jamais (réseau local de confiance seulement)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Chiffrement (TLS) :</translation>
    </message>
    <message>
        <source>The password is never saved: Passerelle asks for it when it connects (or reads it from PGPASSWORD).</source>
        <translation>Le mot de passe n'est jamais enregistré : Passerelle le demande à la connexion (ou le lit dans PGPASSWORD).</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <source>Passerelle databases (*.sqlite)</source>
        <translation>Bases Passerelle (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choisissez le fichier de la base.</translation>
    </message>
    <message>
        <source>Give the name or address of the server.</source>
        <translation>Indiquez le nom ou l'adresse du serveur.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Indiquez le nom de la base sur le serveur.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Indiquez votre nom d'utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1 (it is not saved):</source>
        <translation>Mot de passe pour %1 (il n'est pas enregistré) :</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::FreeTextEdit</name>
    <message>
        <source>The household may read what is written here: keep it objective and relevant, never excessive or insulting.</source>
        <translation>Le ménage peut lire ce qui est écrit ici : restez objectif et pertinent, jamais excessif ni insultant.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::HouseholdListModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::HouseholdWindow</name>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Nouveau ménage</translation>
    </message>
    <message>
        <source>%1 — %2 [*]</source>
        <translation>%1 — %2 [*]</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(sans référence)</translation>
    </message>
    <message>
        <source>CESF: %1</source>
        <translation>CESF : %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The file of %1 has changes that are not saved.</source>
        <translation>Le dossier de %1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::HouseholdsPage</name>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>New household…</source>
        <translation>Nouveau ménage…</translation>
    </message>
    <message>
        <source>Create a household file from a referral</source>
        <translation>Ouvrir le dossier d'un ménage à partir d'une orientation</translation>
    </message>
    <message>
        <source>Search by name or reference (Ctrl+F)…</source>
        <translation>Rechercher par nom ou référence (Ctrl+F)…</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence :</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Dispositif :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>&amp;Public:</source>
        <translation>&amp;Public :</translation>
    </message>
    <message>
        <source>Double-click a household, or press Enter, to open its file.</source>
        <translation>Double-cliquez sur un ménage, ou appuyez sur Entrée, pour ouvrir son dossier.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n ménage</numerusform>
            <numerusform>%n ménages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::MainWindow</name>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Passerelle — %1</source>
        <translation>Passerelle — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Base de données…</translation>
    </message>
    <message>
        <source>Open another database file or connect to the shared server</source>
        <translation>Ouvrir un autre fichier de base ou se connecter au serveur partagé</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Agency: </source>
        <translation>Agence : </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Nouveau ménage…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Passerelle</source>
        <translation>À &amp;propos de Passerelle</translation>
    </message>
    <message>
        <source>About Passerelle</source>
        <translation>À propos de Passerelle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passerelle %1&lt;/h3&gt;&lt;p&gt;Follow-up of households housed with social support (logements accompagnés).&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Passerelle %1&lt;/h3&gt;&lt;p&gt;Suivi des ménages en logement accompagné.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::MoneyEdit</name>
    <message>
        <source>0,00 €</source>
        <translation>0,00 €</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::NewHouseholdDialog</name>
    <message>
        <source>New household — referral</source>
        <translation>Nouveau ménage — orientation</translation>
    </message>
    <message>
        <source>The unit's file number</source>
        <translation>Le numéro de dossier de l'unité</translation>
    </message>
    <message>
        <source>Why the partner proposes this household, in professional terms</source>
        <translation>Pourquoi le partenaire propose ce ménage, en termes professionnels</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Last name (main tenant):</source>
        <translation>&amp;Nom (titulaire) :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Dispositif :</translation>
    </message>
    <message>
        <source>&amp;Kind of household:</source>
        <translation>&amp;Type de ménage :</translation>
    </message>
    <message>
        <source>Referred by (&amp;partner):</source>
        <translation>Orienté par (&amp;partenaire) :</translation>
    </message>
    <message>
        <source>Re&amp;ferrer:</source>
        <translation>Ré&amp;férent qui oriente :</translation>
    </message>
    <message>
        <source>&amp;Date of the referral:</source>
        <translation>Date de l'&amp;orientation :</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Give the file reference.</source>
        <translation>Indiquez la référence du dossier.</translation>
    </message>
    <message>
        <source>Give the last name of the main tenant.</source>
        <translation>Indiquez le nom du titulaire.</translation>
    </message>
    <message>
        <source>Choose the agency.</source>
        <translation>Choisissez l'agence.</translation>
    </message>
    <message>
        <source>Choose the action.</source>
        <translation>Choisissez le dispositif.</translation>
    </message>
    <message>
        <source>The date of the referral is not a date (dd/mm/yyyy).</source>
        <translation>La date de l'orientation n'est pas une date (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>The reference “%1” is already used by another household.</source>
        <translation>La référence « %1 » est déjà utilisée par un autre ménage.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::RecordCombo</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::SituationTab</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>&amp;CESF referent:</source>
        <translation>&amp;CESF référente :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>C&amp;ourriel :</translation>
    </message>
    <message>
        <source>Consent to data &amp;processing:</source>
        <translation>Consentement au &amp;traitement des données :</translation>
    </message>
    <message>
        <source>C&amp;omposition:</source>
        <translation>Co&amp;mposition :</translation>
    </message>
    <message>
        <source>P&amp;ublics:</source>
        <translation>P&amp;ublics :</translation>
    </message>
    <message>
        <source>Situation &amp;before entry:</source>
        <translation>Situation &amp;antérieure :</translation>
    </message>
    <message>
        <source>Monthly &amp;income:</source>
        <translation>Ressources &amp;mensuelles :</translation>
    </message>
    <message>
        <source>Main &amp;source of income:</source>
        <translation>&amp;Source principale de ressources :</translation>
    </message>
    <message>
        <source>All sources of income:</source>
        <translation>Toutes les sources de ressources :</translation>
    </message>
    <message>
        <source>Change the reference</source>
        <translation>Modifier la référence</translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation>Modifier l'agence</translation>
    </message>
    <message>
        <source>Change the CESF referent</source>
        <translation>Modifier la CESF référente</translation>
    </message>
    <message>
        <source>Change the phone</source>
        <translation>Modifier le téléphone</translation>
    </message>
    <message>
        <source>Change the email</source>
        <translation>Modifier le courriel</translation>
    </message>
    <message>
        <source>Change the date of consent</source>
        <translation>Modifier la date du consentement</translation>
    </message>
    <message>
        <source>Change the composition</source>
        <translation>Modifier la composition</translation>
    </message>
    <message>
        <source>Change the publics</source>
        <translation>Modifier les publics</translation>
    </message>
    <message>
        <source>Change the situation before entry</source>
        <translation>Modifier la situation antérieure</translation>
    </message>
    <message>
        <source>Change the monthly income</source>
        <translation>Modifier les ressources mensuelles</translation>
    </message>
    <message>
        <source>Change the main source of income</source>
        <translation>Modifier la source principale de ressources</translation>
    </message>
    <message>
        <source>Change the sources of income</source>
        <translation>Modifier les sources de ressources</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres du ménage</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Signe</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Retirer un membre</translation>
    </message>
    <message>
        <source>Change a last name</source>
        <translation>Modifier un nom</translation>
    </message>
    <message>
        <source>Change a first name</source>
        <translation>Modifier un prénom</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it dd/mm/yyyy.</source>
        <translation>« %1 » n'est pas une date : écrivez-la jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Change a birth date</source>
        <translation>Modifier une date de naissance</translation>
    </message>
    <message>
        <source>Change who signs the contract</source>
        <translation>Modifier les signataires du contrat</translation>
    </message>
    <message>
        <source>Supports (one per action)</source>
        <translation>Accompagnements (un par dispositif)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Household kind</source>
        <translation>Type de ménage</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Association's referent</source>
        <translation>Référent de l'association</translation>
    </message>
    <message>
        <source>Start of support</source>
        <translation>Début de l'accompagnement</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation>Ajouter un accompagnement</translation>
    </message>
    <message>
        <source>Remove a support</source>
        <translation>Retirer un accompagnement</translation>
    </message>
    <message>
        <source>Change the association's referent</source>
        <translation>Modifier le référent de l'association</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>Modifier un rôle</translation>
    </message>
    <message>
        <source>Change the action</source>
        <translation>Modifier le dispositif</translation>
    </message>
    <message>
        <source>Change the household kind</source>
        <translation>Modifier le type de ménage</translation>
    </message>
    <message>
        <source>Change the association</source>
        <translation>Modifier l'association</translation>
    </message>
    <message>
        <source>Change the start of support</source>
        <translation>Modifier le début de l'accompagnement</translation>
    </message>
    <message>
        <source>Change the intensity</source>
        <translation>Modifier l'intensité</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>This household already has a support plan in this action.</source>
        <translation>Ce ménage a déjà un plan d'accompagnement dans ce dispositif.</translation>
    </message>
</context>
<context>
    <name>ReferenceList</name>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Homeless person / street pathway</source>
        <translation>Personne sans domicile / parcours de rue</translation>
    </message>
    <message>
        <source>Leaving shelter accommodation (CHRS, hotel, ALT)</source>
        <translation>Sortant d'hébergement (CHRS, hôtel, ALT)</translation>
    </message>
    <message>
        <source>Staying with a third party</source>
        <translation>Hébergé chez un tiers</translation>
    </message>
    <message>
        <source>Woman victim of domestic or family violence</source>
        <translation>Femme victime de violences conjugales ou intrafamiliales</translation>
    </message>
    <message>
        <source>Young person leaving child welfare (ASE / MECS)</source>
        <translation>Jeune sortant ASE / MECS</translation>
    </message>
    <message>
        <source>Young person under 30 in integration</source>
        <translation>Jeune de moins de 30 ans en insertion</translation>
    </message>
    <message>
        <source>Leaving prison</source>
        <translation>Sortant de détention</translation>
    </message>
    <message>
        <source>Person with mental health disorders</source>
        <translation>Personne souffrant de troubles psychiques</translation>
    </message>
    <message>
        <source>Person facing an addiction</source>
        <translation>Personne confrontée à une addiction</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Personne en situation de handicap</translation>
    </message>
    <message>
        <source>Isolated senior / loss of autonomy</source>
        <translation>Senior isolé / perte d'autonomie</translation>
    </message>
    <message>
        <source>Refugee / leaving the asylum system</source>
        <translation>Réfugié / sortant du dispositif d'asile</translation>
    </message>
    <message>
        <source>Household threatened with eviction</source>
        <translation>Ménage menacé d'expulsion</translation>
    </message>
    <message>
        <source>DALO priority household</source>
        <translation>Ménage prioritaire DALO</translation>
    </message>
    <message>
        <source>Household in economic difficulty</source>
        <translation>Ménage en difficulté économique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation>Composition du ménage</translation>
    </message>
    <message>
        <source>Single person</source>
        <translation>Personne seule</translation>
    </message>
    <message>
        <source>Couple without children</source>
        <translation>Couple sans enfant</translation>
    </message>
    <message>
        <source>Couple with children</source>
        <translation>Couple avec enfants</translation>
    </message>
    <message>
        <source>Single-parent family</source>
        <translation>Famille monoparentale</translation>
    </message>
    <message>
        <source>Situation before entry</source>
        <translation>Situation antérieure</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Détention</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation>Hébergement d'urgence</translation>
    </message>
    <message>
        <source>CHRS</source>
        <translation>CHRS</translation>
    </message>
    <message>
        <source>Social residence</source>
        <translation>Résidence sociale</translation>
    </message>
    <message>
        <source>Child welfare (ASE / MECS)</source>
        <translation>ASE / MECS</translation>
    </message>
    <message>
        <source>Private rental housing</source>
        <translation>Parc privé</translation>
    </message>
    <message>
        <source>Social housing</source>
        <translation>Parc social</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Main source of income</source>
        <translation>Source principale de ressources</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>AAH</source>
        <translation>AAH</translation>
    </message>
    <message>
        <source>Unemployment benefit (ARE)</source>
        <translation>ARE</translation>
    </message>
    <message>
        <source>Pension / retirement</source>
        <translation>Pension / retraite</translation>
    </message>
    <message>
        <source>Family benefits</source>
        <translation>Prestations familiales</translation>
    </message>
    <message>
        <source>No income</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Lease type</source>
        <translation>Type de bail</translation>
    </message>
    <message>
        <source>Direct lease</source>
        <translation>Bail direct</translation>
    </message>
    <message>
        <source>Sub-letting with sliding lease</source>
        <translation>Sous-location avec bail glissant</translation>
    </message>
    <message>
        <source>Simple sub-letting / rental intermediation</source>
        <translation>Sous-location simple / intermédiation locative</translation>
    </message>
    <message>
        <source>Social residence / boarding house (fee)</source>
        <translation>Résidence sociale / pension de famille (redevance)</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>T1bis</source>
        <translation>T1bis</translation>
    </message>
    <message>
        <source>T2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>T3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>T4</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>T5</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>T6+</source>
        <translation>T6+</translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation>Issue de l'orientation</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Refused by the household</source>
        <translation>Refus du ménage</translation>
    </message>
    <message>
        <source>Refused by the landlord</source>
        <translation>Refus du bailleur</translation>
    </message>
    <message>
        <source>Refused by the CAL</source>
        <translation>Refus de la CAL</translation>
    </message>
    <message>
        <source>No grounds for support</source>
        <translation>Non lieu à mesure</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>CAL decision</source>
        <translation>Décision CAL</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Allocation under condition</source>
        <translation>Attribution sous condition</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Adjourned</source>
        <translation>Ajournement</translation>
    </message>
    <message>
        <source>Diagnostic domain</source>
        <translation>Domaine du diagnostic</translation>
    </message>
    <message>
        <source>Access to rights (CAF/APL, RSA, AAH, residence permit, health insurance)</source>
        <translation>Accès aux droits (CAF/APL, RSA, AAH, titre de séjour, assurance maladie)</translation>
    </message>
    <message>
        <source>Income and budget</source>
        <translation>Ressources et budget</translation>
    </message>
    <message>
        <source>Debts and arrears</source>
        <translation>Dettes et impayés</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Addictions</source>
        <translation>Addictions</translation>
    </message>
    <message>
        <source>Judicial follow-up (obligations relevant to housing only)</source>
        <translation>Suivi judiciaire (obligations utiles au logement seulement)</translation>
    </message>
    <message>
        <source>Employment and training</source>
        <translation>Emploi et formation</translation>
    </message>
    <message>
        <source>Isolation and social ties</source>
        <translation>Isolement et liens sociaux</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Parentalité</translation>
    </message>
    <message>
        <source>Ability to live in a dwelling (upkeep, equipment, utilities)</source>
        <translation>Capacité à habiter (entretien, équipements, fluides)</translation>
    </message>
    <message>
        <source>Neighbours and surroundings</source>
        <translation>Voisinage et environnement</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Diagnostic kind</source>
        <translation>Type de diagnostic</translation>
    </message>
    <message>
        <source>Entry diagnostic</source>
        <translation>Diagnostic d'entrée</translation>
    </message>
    <message>
        <source>Interim diagnostic</source>
        <translation>Diagnostic d'étape</translation>
    </message>
    <message>
        <source>Exit diagnostic</source>
        <translation>Diagnostic de sortie</translation>
    </message>
    <message>
        <source>Plan axis</source>
        <translation>Axe du plan</translation>
    </message>
    <message>
        <source>Budget management and rent payment</source>
        <translation>Gestion budgétaire et paiement du loyer</translation>
    </message>
    <message>
        <source>Access to rights and procedures</source>
        <translation>Accès aux droits et démarches</translation>
    </message>
    <message>
        <source>Moving in and making the dwelling one's own</source>
        <translation>Installation et appropriation du logement</translation>
    </message>
    <message>
        <source>Upkeep and proper use of the dwelling</source>
        <translation>Entretien et bon usage du logement</translation>
    </message>
    <message>
        <source>Neighbours and mediation</source>
        <translation>Voisinage et médiation</translation>
    </message>
    <message>
        <source>Integration in the neighbourhood</source>
        <translation>Insertion dans le quartier</translation>
    </message>
    <message>
        <source>Access to care</source>
        <translation>Accès aux soins</translation>
    </message>
    <message>
        <source>Professional integration</source>
        <translation>Insertion professionnelle</translation>
    </message>
    <message>
        <source>Parenting support</source>
        <translation>Soutien à la parentalité</translation>
    </message>
    <message>
        <source>Preparing the lease glissement</source>
        <translation>Préparation du glissement du bail</translation>
    </message>
    <message>
        <source>Rehousing / transfer</source>
        <translation>Relogement / mutation</translation>
    </message>
    <message>
        <source>Objective status</source>
        <translation>Statut de l'objectif</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Home visit, no answer</source>
        <translation>Visite à domicile sans réponse</translation>
    </message>
    <message>
        <source>Office interview</source>
        <translation>Entretien au bureau</translation>
    </message>
    <message>
        <source>Phone interview</source>
        <translation>Entretien téléphonique</translation>
    </message>
    <message>
        <source>Accompaniment to an appointment</source>
        <translation>Accompagnement physique</translation>
    </message>
    <message>
        <source>Group workshop</source>
        <translation>Atelier collectif</translation>
    </message>
    <message>
        <source>Tripartite meeting</source>
        <translation>Rendez-vous tripartite</translation>
    </message>
    <message>
        <source>Follow-up committee</source>
        <translation>Commission de suivi</translation>
    </message>
    <message>
        <source>Exchange with a partner</source>
        <translation>Échange avec un partenaire</translation>
    </message>
    <message>
        <source>Letter / email / text message</source>
        <translation>Courrier / courriel / SMS</translation>
    </message>
    <message>
        <source>End-of-support outcome</source>
        <translation>Issue de fin d'accompagnement</translation>
    </message>
    <message>
        <source>Kept the dwelling, autonomy reached</source>
        <translation>Maintien dans le logement, autonomie atteinte</translation>
    </message>
    <message>
        <source>Lease glissement done</source>
        <translation>Glissement du bail effectué</translation>
    </message>
    <message>
        <source>Rehoused in social housing</source>
        <translation>Relogement dans le parc social</translation>
    </message>
    <message>
        <source>Rehoused in private housing</source>
        <translation>Relogement dans le parc privé</translation>
    </message>
    <message>
        <source>Referred to adapted housing or a shelter</source>
        <translation>Orientation vers un logement adapté ou un hébergement</translation>
    </message>
    <message>
        <source>Left voluntarily</source>
        <translation>Départ volontaire</translation>
    </message>
    <message>
        <source>Support broken off or refused</source>
        <translation>Rupture ou refus de l'accompagnement</translation>
    </message>
    <message>
        <source>Lease terminated / eviction</source>
        <translation>Résiliation du bail / expulsion</translation>
    </message>
    <message>
        <source>Imprisonment</source>
        <translation>Incarcération</translation>
    </message>
    <message>
        <source>Long hospital stay</source>
        <translation>Hospitalisation longue</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Handed over to another scheme (ASLL, AVDL, MASP)</source>
        <translation>Relais vers un autre dispositif (ASLL, AVDL, MASP)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>FNAVDL – 10,000 supported Hlm dwellings</source>
        <translation>FNAVDL – 10 000 logements Hlm accompagnés</translation>
    </message>
    <message>
        <source>FNAVDL – AVDL</source>
        <translation>FNAVDL – AVDL</translation>
    </message>
    <message>
        <source>State aid / DIHAL</source>
        <translation>Aide de l'État / DIHAL</translation>
    </message>
    <message>
        <source>FSL / ASLL (Département)</source>
        <translation>FSL / ASLL (Département)</translation>
    </message>
    <message>
        <source>Landlord's own funds</source>
        <translation>Fonds propres du bailleur</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Household kind</source>
        <translation>Type de ménage</translation>
    </message>
    <message>
        <source>New entrant</source>
        <translation>Nouvel entrant</translation>
    </message>
    <message>
        <source>Existing tenant</source>
        <translation>Locataire en place</translation>
    </message>
    <message>
        <source>Role in the household</source>
        <translation>Rôle dans le ménage</translation>
    </message>
    <message>
        <source>Main tenant</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Joint tenant</source>
        <translation>Co-titulaire</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>Rôle de l'utilisateur</translation>
    </message>
    <message>
        <source>CESF advisor</source>
        <translation>CESF</translation>
    </message>
    <message>
        <source>Head of the social unit</source>
        <translation>Responsable du pôle social</translation>
    </message>
    <message>
        <source>Innovation &amp; partnerships officer</source>
        <translation>Chargé(e) de mission Innovations &amp; Partenariats</translation>
    </message>
    <message>
        <source>Partner association referent</source>
        <translation>Référent de l'association partenaire</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Partner kind</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>State service</source>
        <translation>Service de l'État</translation>
    </message>
    <message>
        <source>Health establishment</source>
        <translation>Établissement de santé</translation>
    </message>
    <message>
        <source>Social body (CCAS, CAF, Mission locale)</source>
        <translation>Organisme social (CCAS, CAF, Mission locale)</translation>
    </message>
    <message>
        <source>Field of action</source>
        <translation>Champ d'action</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Médiation</translation>
    </message>
    <message>
        <source>Access and keeping housing</source>
        <translation>Accès et maintien</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <source>Violence against women</source>
        <translation>Violences faites aux femmes</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>Catégorie du dispositif</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Keeping housing</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Meeting purpose</source>
        <translation>Objet du rendez-vous</translation>
    </message>
    <message>
        <source>Before entry</source>
        <translation>Avant l'entrée</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin d'accompagnement</translation>
    </message>
    <message>
        <source>Meeting outcome</source>
        <translation>Issue du rendez-vous</translation>
    </message>
    <message>
        <source>Favourable</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Unfavourable</source>
        <translation>Défavorable</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation>Type d'alerte</translation>
    </message>
    <message>
        <source>Unpaid rent</source>
        <translation>Impayés de loyer</translation>
    </message>
    <message>
        <source>Neighbour conflict</source>
        <translation>Trouble de voisinage</translation>
    </message>
    <message>
        <source>Damage to the dwelling</source>
        <translation>Dégradation du logement</translation>
    </message>
    <message>
        <source>Prolonged absence</source>
        <translation>Absence prolongée</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>Décision de la commission</translation>
    </message>
    <message>
        <source>Continue support</source>
        <translation>Poursuite de l'accompagnement</translation>
    </message>
    <message>
        <source>Strengthen support</source>
        <translation>Renforcement de l'accompagnement</translation>
    </message>
    <message>
        <source>Renew the contract</source>
        <translation>Renouvellement du contrat</translation>
    </message>
    <message>
        <source>Mobilise a partner</source>
        <translation>Mobilisation d'un partenaire</translation>
    </message>
    <message>
        <source>End support</source>
        <translation>Fin de l'accompagnement</translation>
    </message>
    <message>
        <source>Review again at the next committee</source>
        <translation>Réexamen à la prochaine commission</translation>
    </message>
    <message>
        <source>Lease start reason</source>
        <translation>Motif de début du bail</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>Entrée dans les lieux</translation>
    </message>
    <message>
        <source>Glissement</source>
        <translation>Glissement du bail</translation>
    </message>
    <message>
        <source>Lease review outcome</source>
        <translation>Issue de la révision du bail</translation>
    </message>
    <message>
        <source>Sub-letting continues</source>
        <translation>Poursuite de la sous-location</translation>
    </message>
    <message>
        <source>Glissement proposed</source>
        <translation>Glissement proposé</translation>
    </message>
    <message>
        <source>Glissement deferred</source>
        <translation>Glissement différé</translation>
    </message>
    <message>
        <source>Support intensity</source>
        <translation>Intensité de l'accompagnement</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Sustained</source>
        <translation>Soutenue</translation>
    </message>
    <message>
        <source>Intensive</source>
        <translation>Renforcée</translation>
    </message>
    <message>
        <source>Contract version kind</source>
        <translation>Type de version du contrat</translation>
    </message>
    <message>
        <source>Initial contract</source>
        <translation>Contrat initial</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <translation>Fréquence des rencontres</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Tous les quinze jours</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>Catégorie de dépense</translation>
    </message>
    <message>
        <source>Social support</source>
        <translation>Accompagnement social</translation>
    </message>
    <message>
        <source>Project engineering</source>
        <translation>Ingénierie</translation>
    </message>
    <message>
        <source>Equipment of the dwelling</source>
        <translation>Équipement du logement</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Household status</source>
        <translation>Statut du ménage</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orientation en cours</translation>
    </message>
    <message>
        <source>In support</source>
        <translation>En accompagnement</translation>
    </message>
    <message>
        <source>Support ended</source>
        <translation>Accompagnement terminé</translation>
    </message>
    <message>
        <source>Referral not pursued</source>
        <translation>Orientation non aboutie</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>The list “%1” is fixed: entries cannot be added to it.</source>
        <translation>La liste « %1 » est fixe : on ne peut pas y ajouter d'entrée.</translation>
    </message>
    <message>
        <source>The code “%1” must be lower-case ASCII words joined by “_” (for example “jeune_majeur”), 40 characters at most.</source>
        <translation>Le code « %1 » doit être fait de mots en minuscules sans accents reliés par « _ » (par exemple « jeune_majeur »), 40 caractères au plus.</translation>
    </message>
    <message>
        <source>The label is required.</source>
        <translation>Le libellé est obligatoire.</translation>
    </message>
    <message>
        <source>The code “%1” already exists in this list.</source>
        <translation>Le code « %1 » existe déjà dans cette liste.</translation>
    </message>
    <message>
        <source>The label “%1” is already used by the code “%2”.</source>
        <translation>Le libellé « %1 » est déjà utilisé par le code « %2 ».</translation>
    </message>
    <message>
        <source>Only entries added by the administrator can be renamed.</source>
        <translation>Seules les entrées ajoutées par l'administrateur peuvent être renommées.</translation>
    </message>
    <message>
        <source>Only entries added by the administrator can be hidden.</source>
        <translation>Seules les entrées ajoutées par l'administrateur peuvent être masquées.</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>This household file does not exist or is not visible to you.</source>
        <translation>Ce dossier de ménage n'existe pas ou ne vous est pas accessible.</translation>
    </message>
    <message>
        <source>This belongs to another agency than yours.</source>
        <translation>Cet élément appartient à une autre agence que la vôtre.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <source> on %1 at %2</source>
        <translation> le %1 à %2</translation>
    </message>
    <message>
        <source>no visible field (their change was undone)</source>
        <translation>aucun champ visible (sa modification a été annulée)</translation>
    </message>
    <message>
        <source>This record was saved by %1%2 while you were editing it. Your changes were not saved, and theirs were kept. What differs: %3. Reopen the record to see their version, then make your changes again.</source>
        <translation>Cette fiche a été enregistrée par %1%2 pendant que vous la modifiiez. Vos modifications n'ont pas été enregistrées et les siennes ont été conservées. Ce qui diffère : %3. Rouvrez la fiche pour voir sa version, puis refaites vos modifications.</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>n.a.</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Year-end review</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>Households supported in the period</source>
        <translation>Ménages accompagnés sur la période</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>New entrants</source>
        <translation>Nouveaux entrants</translation>
    </message>
    <message>
        <source>Existing tenants</source>
        <translation>Locataires en place</translation>
    </message>
    <message>
        <source>Months of support</source>
        <translation>Mois d'accompagnement</translation>
    </message>
    <message>
        <source>Average length of support (months)</source>
        <translation>Durée moyenne d'accompagnement (mois)</translation>
    </message>
    <message>
        <source>Share of households in a QPV (%)</source>
        <translation>Part des ménages en QPV (%)</translation>
    </message>
    <message>
        <source>Households in a QPV</source>
        <translation>Ménages en QPV</translation>
    </message>
    <message>
        <source>Households with a lease</source>
        <translation>Ménages avec un bail</translation>
    </message>
    <message>
        <source>Housing retention at +24 months (%)</source>
        <translation>Taux de maintien à +24 mois (%)</translation>
    </message>
    <message>
        <source>Still housed</source>
        <translation>Toujours logés</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Sliding leases</source>
        <translation>Baux glissants</translation>
    </message>
    <message>
        <source>Supports with a bail glissant</source>
        <translation>Accompagnements avec bail glissant</translation>
    </message>
    <message>
        <source>Glissements in the period</source>
        <translation>Glissements sur la période</translation>
    </message>
    <message>
        <source>End-of-support outcomes</source>
        <translation>Issues de fin d'accompagnement</translation>
    </message>
    <message>
        <source>By public</source>
        <translation>Répartition par public</translation>
    </message>
    <message>
        <source>By household composition</source>
        <translation>Répartition par composition du ménage</translation>
    </message>
    <message>
        <source>By situation before entry</source>
        <translation>Répartition par situation antérieure</translation>
    </message>
    <message>
        <source>By main source of income</source>
        <translation>Répartition par source principale de ressources</translation>
    </message>
    <message>
        <source>By lease type</source>
        <translation>Répartition par type de bail</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Répartition par agence</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Contacts per household-month</source>
        <translation>Contacts par ménage et par mois</translation>
    </message>
    <message>
        <source>Partners mobilised</source>
        <translation>Partenaires mobilisés</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Refused by the household</source>
        <translation>Refusées par le ménage</translation>
    </message>
    <message>
        <source>Refused by the landlord or the CAL</source>
        <translation>Refusées par le bailleur ou la CAL</translation>
    </message>
    <message>
        <source>Refusal rate (%)</source>
        <translation>Taux de refus (%)</translation>
    </message>
    <message>
        <source>Files opened</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Files closed</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <source>Cost (euros)</source>
        <translation>Coût (euros)</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Cost per household</source>
        <translation>Coût par ménage</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Financements reçus</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tous les dispositifs</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>The period of the review is not valid: give a start and an end, the end on or after the start.</source>
        <translation>La période du bilan n'est pas valable : indiquez un début et une fin, la fin au plus tôt le jour du début.</translation>
    </message>
</context>
<context>
    <name>SupportRepository</name>
    <message>
        <source>This household already has a support in this action.</source>
        <translation>Ce ménage est déjà accompagné dans ce dispositif.</translation>
    </message>
    <message>
        <source>The check at +%1 months already exists.</source>
        <translation>La vérification à +%1 mois existe déjà.</translation>
    </message>
    <message>
        <source>Checks after support are planned once the support has ended.</source>
        <translation>Les vérifications post-accompagnement se planifient une fois l'accompagnement terminé.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>This user does not exist.</source>
        <translation>Cet utilisateur n'existe pas.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 : ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not a known value for %2.</source>
        <translation>« %1 » n'est pas une valeur connue pour %2.</translation>
    </message>
    <message>
        <source>%1 contains an empty value.</source>
        <translation>%1 : une valeur est vide.</translation>
    </message>
    <message>
        <source>%1 lists the same value twice.</source>
        <translation>%1 : la même valeur figure deux fois.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1 (%2) précède %3 (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) is in the future.</source>
        <translation>%1 (%2) est dans le futur.</translation>
    </message>
    <message>
        <source>%1 (%2) is before 1990.</source>
        <translation>%1 (%2) : les dates antérieures à 1990 ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 : la valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The code is required.</source>
        <translation>Le code est obligatoire.</translation>
    </message>
    <message>
        <source>The code “%1” may only use letters without accents, digits, “-”, “_” and “.” (40 characters at most).</source>
        <translation>Le code « %1 » ne peut contenir que des lettres sans accents, des chiffres, « - », « _ » et « . » (40 caractères au plus).</translation>
    </message>
    <message>
        <source>The agency's name</source>
        <translation>Le nom de l'agence</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>L'identifiant</translation>
    </message>
    <message>
        <source>The login cannot contain spaces.</source>
        <translation>L'identifiant ne peut pas contenir d'espace.</translation>
    </message>
    <message>
        <source>The user's name</source>
        <translation>Le nom de l'utilisateur</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>le rôle</translation>
    </message>
    <message>
        <source>A CESF advisor belongs to an agency.</source>
        <translation>Une CESF est rattachée à une agence.</translation>
    </message>
    <message>
        <source>The partner's name</source>
        <translation>Le nom du partenaire</translation>
    </message>
    <message>
        <source>the kind of partner</source>
        <translation>le type de partenaire</translation>
    </message>
    <message>
        <source>the fields of action</source>
        <translation>les champs d'action</translation>
    </message>
    <message>
        <source>The contact's name</source>
        <translation>Le nom du contact</translation>
    </message>
    <message>
        <source>The start of the agreement</source>
        <translation>Le début de la convention</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>son début</translation>
    </message>
    <message>
        <source>The end of the agreement</source>
        <translation>La fin de la convention</translation>
    </message>
    <message>
        <source>The number of dwellings reserved cannot be negative.</source>
        <translation>Le nombre de logements réservés ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Le montant</translation>
    </message>
    <message>
        <source>The action's name</source>
        <translation>Le nom du dispositif</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>la catégorie</translation>
    </message>
    <message>
        <source>the publics targeted</source>
        <translation>les publics visés</translation>
    </message>
    <message>
        <source>The end of the action</source>
        <translation>La fin du dispositif</translation>
    </message>
    <message>
        <source>The year of the call for projects is not valid.</source>
        <translation>L'année de l'appel à projets n'est pas valable.</translation>
    </message>
    <message>
        <source>The target number of new entrants</source>
        <translation>L'objectif de nouveaux entrants</translation>
    </message>
    <message>
        <source>The target number of existing tenants</source>
        <translation>L'objectif de locataires en place</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>Le budget</translation>
    </message>
    <message>
        <source>the funding source</source>
        <translation>la source de financement</translation>
    </message>
    <message>
        <source>The amount granted</source>
        <translation>Le montant accordé</translation>
    </message>
    <message>
        <source>The amount received</source>
        <translation>Le montant reçu</translation>
    </message>
    <message>
        <source>The date of the expense</source>
        <translation>La date de la dépense</translation>
    </message>
    <message>
        <source>the category of expense</source>
        <translation>la catégorie de dépense</translation>
    </message>
    <message>
        <source>The file reference</source>
        <translation>La référence du dossier</translation>
    </message>
    <message>
        <source>The file reference is longer than 40 characters.</source>
        <translation>La référence du dossier dépasse 40 caractères.</translation>
    </message>
    <message>
        <source>The agency</source>
        <translation>L'agence</translation>
    </message>
    <message>
        <source>the composition</source>
        <translation>la composition</translation>
    </message>
    <message>
        <source>the publics</source>
        <translation>les publics</translation>
    </message>
    <message>
        <source>the main source of income</source>
        <translation>la source principale de ressources</translation>
    </message>
    <message>
        <source>the sources of income</source>
        <translation>les sources de ressources</translation>
    </message>
    <message>
        <source>the situation before entry</source>
        <translation>la situation antérieure</translation>
    </message>
    <message>
        <source>The monthly income</source>
        <translation>Les ressources mensuelles</translation>
    </message>
    <message>
        <source>The date of consent</source>
        <translation>La date du consentement</translation>
    </message>
    <message>
        <source>A household has at least one member.</source>
        <translation>Un ménage compte au moins un membre.</translation>
    </message>
    <message>
        <source>The member's last name</source>
        <translation>Le nom du membre</translation>
    </message>
    <message>
        <source>the member's role</source>
        <translation>le rôle du membre</translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation>La date de naissance</translation>
    </message>
    <message>
        <source>The birth date is before 1900.</source>
        <translation>La date de naissance est antérieure à 1900.</translation>
    </message>
    <message>
        <source>A household has only one main tenant (titulaire).</source>
        <translation>Un ménage n'a qu'un seul titulaire.</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>Le dispositif</translation>
    </message>
    <message>
        <source>the kind of household</source>
        <translation>le type de ménage</translation>
    </message>
    <message>
        <source>the support intensity</source>
        <translation>l'intensité de l'accompagnement</translation>
    </message>
    <message>
        <source>The start of support</source>
        <translation>Le début de l'accompagnement</translation>
    </message>
    <message>
        <source>The start of support is required when its end is set.</source>
        <translation>Le début de l'accompagnement est obligatoire quand sa fin est renseignée.</translation>
    </message>
    <message>
        <source>The end of support</source>
        <translation>La fin de l'accompagnement</translation>
    </message>
    <message>
        <source>the end-of-support outcome</source>
        <translation>l'issue de fin d'accompagnement</translation>
    </message>
    <message>
        <source>The end of support is required when an outcome is given.</source>
        <translation>La fin de l'accompagnement est obligatoire quand une issue est indiquée.</translation>
    </message>
    <message>
        <source>A check is made at +6, +12 or +24 months.</source>
        <translation>Une vérification se fait à +6, +12 ou +24 mois.</translation>
    </message>
    <message>
        <source>The date of the check is required with its answer.</source>
        <translation>La date de la vérification est obligatoire avec sa réponse.</translation>
    </message>
    <message>
        <source>The dwelling's address is required.</source>
        <translation>L'adresse du logement est obligatoire.</translation>
    </message>
    <message>
        <source>the typology</source>
        <translation>la typologie</translation>
    </message>
    <message>
        <source>The rent</source>
        <translation>Le loyer</translation>
    </message>
    <message>
        <source>The charges</source>
        <translation>Les charges</translation>
    </message>
    <message>
        <source>The dwelling</source>
        <translation>Le logement</translation>
    </message>
    <message>
        <source>the lease type</source>
        <translation>le type de bail</translation>
    </message>
    <message>
        <source>the reason the lease started</source>
        <translation>le motif de début du bail</translation>
    </message>
    <message>
        <source>The start of the lease</source>
        <translation>Le début du bail</translation>
    </message>
    <message>
        <source>The end of the lease</source>
        <translation>La fin du bail</translation>
    </message>
    <message>
        <source>the start of the lease</source>
        <translation>le début du bail</translation>
    </message>
    <message>
        <source>The expected date of the glissement</source>
        <translation>La date prévue du glissement</translation>
    </message>
    <message>
        <source>The date of the review</source>
        <translation>La date de la révision</translation>
    </message>
    <message>
        <source>the outcome of the review</source>
        <translation>l'issue de la révision</translation>
    </message>
    <message>
        <source>The date of the referral</source>
        <translation>La date de l'orientation</translation>
    </message>
    <message>
        <source>the outcome of the referral</source>
        <translation>l'issue de l'orientation</translation>
    </message>
    <message>
        <source>the referral</source>
        <translation>l'orientation</translation>
    </message>
    <message>
        <source>The date of the outcome</source>
        <translation>La date de l'issue</translation>
    </message>
    <message>
        <source>The date of the diagnostic</source>
        <translation>La date du diagnostic</translation>
    </message>
    <message>
        <source>the kind of diagnostic</source>
        <translation>le type de diagnostic</translation>
    </message>
    <message>
        <source>the recommended intensity</source>
        <translation>l'intensité préconisée</translation>
    </message>
    <message>
        <source>the recommended lease type</source>
        <translation>le type de bail préconisé</translation>
    </message>
    <message>
        <source>the partners to mobilise</source>
        <translation>les partenaires à mobiliser</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>le domaine</translation>
    </message>
    <message>
        <source>The domain “%1” is assessed twice.</source>
        <translation>Le domaine « %1 » est évalué deux fois.</translation>
    </message>
    <message>
        <source>A level is 0, 1, 2, 3 or “not assessed”.</source>
        <translation>Un niveau vaut 0, 1, 2, 3 ou « non évalué ».</translation>
    </message>
    <message>
        <source>The date of the meeting</source>
        <translation>La date du rendez-vous</translation>
    </message>
    <message>
        <source>the purpose of the meeting</source>
        <translation>l'objet du rendez-vous</translation>
    </message>
    <message>
        <source>the outcome of the meeting</source>
        <translation>l'issue du rendez-vous</translation>
    </message>
    <message>
        <source>the participant's party</source>
        <translation>la partie du participant</translation>
    </message>
    <message>
        <source>The date of the CAL</source>
        <translation>La date de la CAL</translation>
    </message>
    <message>
        <source>the CAL decision</source>
        <translation>la décision de la CAL</translation>
    </message>
    <message>
        <source>The duration of the contract is between 1 and 60 months.</source>
        <translation>La durée du contrat est comprise entre 1 et 60 mois.</translation>
    </message>
    <message>
        <source>the meeting frequency</source>
        <translation>la fréquence des rencontres</translation>
    </message>
    <message>
        <source>Contract versions are numbered 1, 2, 3…</source>
        <translation>Les versions du contrat sont numérotées 1, 2, 3…</translation>
    </message>
    <message>
        <source>the kind of version</source>
        <translation>le type de version</translation>
    </message>
    <message>
        <source>The end of the contract</source>
        <translation>La fin du contrat</translation>
    </message>
    <message>
        <source>the axis</source>
        <translation>l'axe</translation>
    </message>
    <message>
        <source>The objective</source>
        <translation>L'objectif</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>The partner</source>
        <translation>Le partenaire</translation>
    </message>
    <message>
        <source>the need</source>
        <translation>le besoin</translation>
    </message>
    <message>
        <source>The end of the mobilisation</source>
        <translation>La fin de la mobilisation</translation>
    </message>
    <message>
        <source>The date of the contact</source>
        <translation>La date du contact</translation>
    </message>
    <message>
        <source>the type of contact</source>
        <translation>le type de contact</translation>
    </message>
    <message>
        <source>The duration is between 0 and 1440 minutes.</source>
        <translation>La durée est comprise entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <source>The date of the alert</source>
        <translation>La date de l'alerte</translation>
    </message>
    <message>
        <source>the type of alert</source>
        <translation>le type d'alerte</translation>
    </message>
    <message>
        <source>the alert</source>
        <translation>l'alerte</translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation>La date de clôture</translation>
    </message>
    <message>
        <source>The date of the committee</source>
        <translation>La date de la commission</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>Le ménage</translation>
    </message>
    <message>
        <source>The household is listed twice.</source>
        <translation>Le ménage figure deux fois.</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>la décision</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>Choisir une autre base…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>