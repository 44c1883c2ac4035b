<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessExport</name>
    <message>
        <source>Everything held on household %1</source>
        <translation>Tout ce qui est détenu sur le ménage %1</translation>
    </message>
    <message>
        <source>Right of access (article 15 of the GDPR): this document gives every piece of data held on the household in Passerelle, its free-text notes, the list of its printed contracts and the journal of who opened or changed its file. Exported on %1 by %2.</source>
        <translation>Droit d&apos;accès (article 15 du RGPD)&#xa0;: ce document donne toutes les données détenues sur le ménage dans Passerelle, ses notes libres, la liste de ses contrats imprimés et le journal de qui a ouvert ou modifié son dossier. Exporté le %1 par %2.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Accompagnements</translation>
    </message>
    <message>
        <source>Check after support</source>
        <translation>Suivi post-accompagnement</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Social diagnostics</source>
        <translation>Diagnostics sociaux</translation>
    </message>
    <message>
        <source>Tripartite meetings</source>
        <translation>Rendez-vous tripartites</translation>
    </message>
    <message>
        <source>CAL decisions</source>
        <translation>Décisions CAL</translation>
    </message>
    <message>
        <source>Leases and dwellings</source>
        <translation>Baux et logements</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Lease review</source>
        <translation>Révision du bail</translation>
    </message>
    <message>
        <source>Support contracts</source>
        <translation>Contrats d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Printed contracts kept</source>
        <translation>Contrats imprimés conservés</translation>
    </message>
    <message>
        <source>Version %1 printed on %2 by %3 (SHA-256 %4)</source>
        <translation>Version %1 imprimée le %2 par %3 (SHA-256 %4)</translation>
    </message>
    <message>
        <source>Support plans</source>
        <translation>Plans d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Partner mobilised</source>
        <translation>Partenaire mobilisé</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Follow-up committees</source>
        <translation>Commissions de suivi</translation>
    </message>
    <message>
        <source>Committee of %1</source>
        <translation>Commission du %1</translation>
    </message>
    <message>
        <source>Journal of the file: who opened or changed it</source>
        <translation>Journal du dossier&#xa0;: qui l&apos;a ouvert ou modifié</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The whole file is written as a PDF or a JSON file: give a name ending in .pdf or .json.</source>
        <translation>Le dossier complet s&apos;écrit dans un fichier PDF ou JSON&#xa0;: donnez un nom qui finit par .pdf ou .json.</translation>
    </message>
    <message>
        <source>Right of access — household %1</source>
        <translation>Droit d&apos;accès — ménage %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Signed contracts (scans)</source>
        <translation>Contrats signés (scans)</translation>
    </message>
    <message>
        <source>Version %1 signed, scan attached on %2 by %3: %4 (SHA-256 %5)</source>
        <translation>Version %1 signée, scan joint le %2 par %3&#xa0;: %4 (SHA-256 %5)</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>This user does not exist.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>%1 on %2</source>
        <comment>a time on a day</comment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>After %1 failed attempts, this account is locked until %2. Try again then, or ask an administrator to reset the password.</source>
        <translation>Après %1 échecs, ce compte est verrouillé jusqu&apos;à %2. Réessayez à cette heure-là, ou demandez à un administrateur de vous donner un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Wrong login or password. Check them and try again (after %1 failures in a row the account is locked for %2 minutes).</source>
        <translation>Identifiant ou mot de passe incorrect. Vérifiez-les et réessayez (après %1 échecs de suite, le compte est verrouillé pendant %2 minutes).</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it again.</source>
        <translation>Ce compte est désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>A partner&apos;s referent belongs to an association: choose it.</source>
        <translation>Un référent partenaire appartient à une association&#xa0;: choisissez-la.</translation>
    </message>
    <message>
        <source>Head-office roles belong to no agency and no association: leave them empty.</source>
        <translation>Les rôles du siège ne sont rattachés à aucune agence ni association&#xa0;: laissez ces champs vides.</translation>
    </message>
    <message>
        <source>A CESF advisor belongs to an agency, not to an association.</source>
        <translation>Une CESF est rattachée à une agence, pas à une association.</translation>
    </message>
    <message>
        <source>A partner&apos;s referent belongs to an association, not to an agency.</source>
        <translation>Un référent partenaire est rattaché à une association, pas à une agence.</translation>
    </message>
    <message>
        <source>The login “%1” is already used: choose another one.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est déjà pris&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The first account of a base is an administrator&apos;s, who then creates the others. Create an administrator first.</source>
        <translation>Le premier compte d&apos;une base est celui d&apos;un administrateur, qui crée ensuite les autres. Créez d&apos;abord un administrateur.</translation>
    </message>
    <message>
        <source>This user does not exist.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is the last active administrator: create or enable another administrator first.</source>
        <translation>C&apos;est le dernier administrateur actif&#xa0;: créez ou réactivez d&apos;abord un autre administrateur.</translation>
    </message>
    <message>
        <source>The lock after inactivity is between %1 and %2 minutes.</source>
        <translation>Le verrouillage après inactivité se règle entre %1 et %2 minutes.</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>This action does not exist.</source>
        <translation>Ce dispositif n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>AgencyDashboard</name>
    <message>
        <source>The number of days without contact must lie between %1 and %2.</source>
        <translation>Le nombre de jours sans contact doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>The dashboard needs the date of today.</source>
        <translation>Le tableau de bord a besoin de la date du jour.</translation>
    </message>
</context>
<context>
    <name>AgencyRepository</name>
    <message>
        <source>This agency does not exist.</source>
        <translation>Cette agence n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup cannot be written in the folder of “%1”: check that the folder exists and that you may write in it.</source>
        <translation>La sauvegarde ne peut pas être écrite dans le dossier de «&#xa0;%1&#xa0;»&#xa0;: vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The backup was cancelled: no file was written.</source>
        <translation>La sauvegarde a été annulée&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: the disk that should hold it is full or read-only. Nothing was written; free some space or choose another folder.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n&apos;a pas pu être écrite&#xa0;: le disque qui doit la recevoir est plein ou en lecture seule. Rien n&apos;a été écrit&#xa0;; libérez de la place ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>On a PostgreSQL server, backups are the server&apos;s job: ask its administrator, or run for example: pg_dump --format=custom --file=passerelle.dump &quot;postgresql://user@host:5432/base&quot;.</source>
        <translation>Sur un serveur PostgreSQL, les sauvegardes sont l&apos;affaire du serveur&#xa0;: demandez-les à son administrateur, ou lancez par exemple&#xa0;: pg_dump --format=custom --file=passerelle.dump &quot;postgresql://utilisateur@serveur:5432/base&quot;.</translation>
    </message>
    <message>
        <source>A save is in progress: try the backup again in a moment.</source>
        <translation>Un enregistrement est en cours&#xa0;: relancez la sauvegarde dans un instant.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be put in place: check the folder and its permissions.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n&apos;a pas pu être mise en place&#xa0;: vérifiez le dossier et ses droits.</translation>
    </message>
    <message>
        <source>A backup is a file: give its path.</source>
        <translation>Une sauvegarde est un fichier&#xa0;: donnez son chemin.</translation>
    </message>
    <message>
        <source>“%1” is not a Passerelle backup (the file holds no Passerelle base). Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une sauvegarde Passerelle (le fichier ne contient pas de base Passerelle). Choisissez un autre fichier.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is damaged (SQLite&apos;s integrity check found %n problem(s)): it cannot be used. Choose an older backup.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est endommagé (la vérification d&apos;intégrité de SQLite a trouvé %n problème)&#xa0;: il ne peut pas être utilisé. Choisissez une sauvegarde plus ancienne.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est endommagé (la vérification d&apos;intégrité de SQLite a trouvé %n problèmes)&#xa0;: il ne peut pas être utilisé. Choisissez une sauvegarde plus ancienne.</numerusform>
        </translation>
    </message>
    <message>
        <source>On a PostgreSQL server, restoring is the server&apos;s job: ask its administrator (pg_restore).</source>
        <translation>Sur un serveur PostgreSQL, la restauration est l&apos;affaire du serveur&#xa0;: demandez-la à son administrateur (pg_restore).</translation>
    </message>
    <message>
        <source>The backup and the base are the same file: choose a backup.</source>
        <translation>La sauvegarde et la base sont le même fichier&#xa0;: choisissez une sauvegarde.</translation>
    </message>
    <message>
        <source>The base “%1” is open: close it before restoring a backup over it.</source>
        <translation>La base «&#xa0;%1&#xa0;» est ouverte&#xa0;: fermez-la avant de restaurer une sauvegarde à sa place.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist. Create it first or choose another location.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n&apos;existe pas. Créez-le d&apos;abord ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The base “%1” is in use by another program (another Passerelle?): close it everywhere, then restore again. Nothing was changed.</source>
        <translation>La base «&#xa0;%1&#xa0;» est utilisée par un autre programme (un autre Passerelle&#xa0;?)&#xa0;: fermez-la partout, puis relancez la restauration. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The base “%1” could not be moved aside: check the folder&apos;s permissions. Nothing was changed.</source>
        <translation>La base «&#xa0;%1&#xa0;» n&apos;a pas pu être mise de côté&#xa0;: vérifiez les droits du dossier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of “%1”: check the folder&apos;s permissions. The base was left as it was.</source>
        <translation>La sauvegarde n&apos;a pas pu être mise à la place de «&#xa0;%1&#xa0;»&#xa0;: vérifiez les droits du dossier. La base a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 backups.</source>
        <translation>Gardez entre 1 et 365 sauvegardes.</translation>
    </message>
    <message>
        <source>The backup folder “%1” cannot be created: choose another one in Administration › Sauvegardes.</source>
        <translation>Le dossier de sauvegarde «&#xa0;%1&#xa0;» ne peut pas être créé&#xa0;: choisissez-en un autre dans Administration › Sauvegardes.</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>preparing a query</source>
        <translation>la préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>l&apos;enregistrement d&apos;une fiche</translation>
    </message>
    <message>
        <source>The database could not be written (%1). Nothing was saved; check the free space on the disk and try again.</source>
        <translation>La base n&apos;a pas pu être écrite (%1). Rien n&apos;a été enregistré&#xa0;; vérifiez la place libre sur le disque et recommencez.</translation>
    </message>
    <message>
        <source>The database gave no id to a new record.</source>
        <translation>La base n&apos;a pas donné d&apos;identifiant à une nouvelle fiche. Rien n&apos;a été enregistré&#xa0;; recommencez, ou signalez-le à votre administrateur.</translation>
    </message>
    <message>
        <source>The database “%1” already holds data: a synthetic base is only written to an empty database.</source>
        <translation>La base «&#xa0;%1&#xa0;» contient déjà des données&#xa0;: une base synthétique n&apos;est écrite que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The file “%1” already exists: the demo is only written to a new file. Choose another name or delete the file first.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» existe déjà&#xa0;: la démonstration n&apos;est écrite que dans un nouveau fichier. Choisissez un autre nom ou supprimez d&apos;abord ce fichier.</translation>
    </message>
    <message>
        <source>Demo database created: %1</source>
        <translation>Base de démonstration créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 agencies, %2 partners, %3 actions, %4 households (%5 new entrants, %6 existing tenants).</source>
        <translation>%1 agences, %2 partenaires, %3 dispositifs, %4 ménages (%5 nouveaux entrants, %6 locataires en place).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (up to date)</source>
        <translation>Version du schéma&#xa0;: %1 (à jour)</translation>
    </message>
    <message>
        <source>Integrity: no problem found.</source>
        <translation>Intégrité&#xa0;: aucun problème.</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s) found:</source>
        <translation>
            <numerusform>Intégrité&#xa0;: %n problème trouvé&#xa0;:</numerusform>
            <numerusform>Intégrité&#xa0;: %n problèmes trouvés&#xa0;:</numerusform>
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
        <translation>Identifiant de l&apos;utilisateur.</translation>
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
        <translation>Ligne de commande incorrecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>See “passerelle --help”.</source>
        <translation>Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2. See “passerelle --help”.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Commandes&#xa0;: %2. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. See “passerelle --help”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>The command “%1” needs --database FILE.</source>
        <translation>La commande «&#xa0;%1&#xa0;» demande --database FICHIER.</translation>
    </message>
    <message>
        <source>The command “review” needs --%1. See “passerelle --help”.</source>
        <translation>La commande «&#xa0;review&#xa0;» demande --%1. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date: write it YYYY-MM-DD, for example 2025-12-31.</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la AAAA-MM-JJ, par exemple 2025-12-31.</translation>
    </message>
    <message>
        <source>The end of the period (%1) is before its start (%2).</source>
        <translation>La fin de la période (%1) précède son début (%2).</translation>
    </message>
    <message>
        <source>No action has the code “%1”.</source>
        <translation>Aucun dispositif n&apos;a le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No agency has the code “%1”.</source>
        <translation>Aucune agence n&apos;a le code «&#xa0;%1&#xa0;».</translation>
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
        <translation>Code d&apos;un dispositif (plusieurs possibles).</translation>
    </message>
    <message>
        <source>Agency code (several allowed).</source>
        <translation>Code d&apos;une agence (plusieurs possibles).</translation>
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
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>The command “migrate” needs --from FILE.sqlite --to postgresql://user@host:port/database.</source>
        <translation>La commande «&#xa0;migrate&#xa0;» demande --from FICHIER.sqlite --to postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>“migrate” copies a unit&apos;s SQLite file (--from) to the shared PostgreSQL server (--to postgresql://…).</source>
        <translation>«&#xa0;migrate&#xa0;» copie le fichier SQLite d&apos;une unité (--from) vers le serveur PostgreSQL partagé (--to postgresql://…).</translation>
    </message>
    <message>
        <source>Copied from %1 to %2:</source>
        <translation>Copie de %1 vers %2&#xa0;:</translation>
    </message>
    <message>
        <source>Every table has the same number of rows in both databases.</source>
        <translation>Chaque table a le même nombre de lignes dans les deux bases.</translation>
    </message>
    <message>
        <source>The command “import” needs --households FILE.csv (and optionally --contacts FILE.csv).</source>
        <translation>La commande «&#xa0;import&#xa0;» demande --households FICHIER.csv (et éventuellement --contacts FICHIER.csv).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing was imported; the database is unchanged. Correct the files and import them again.</source>
        <translation>
            <numerusform>%n erreur&#xa0;: rien n&apos;a été importé, la base est inchangée. Corrigez les fichiers puis importez-les de nouveau.</numerusform>
            <numerusform>%n erreurs&#xa0;: rien n&apos;a été importé, la base est inchangée. Corrigez les fichiers puis importez-les de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check only (--dry-run): nothing was written. The import would give:</source>
        <translation>Vérification seule (--dry-run)&#xa0;: rien n&apos;a été écrit. L&apos;import donnerait&#xa0;:</translation>
    </message>
    <message>
        <source>Import done:</source>
        <translation>Import terminé&#xa0;:</translation>
    </message>
    <message>
        <source>  households: %1 created, %2 updated</source>
        <translation>  ménages&#xa0;: %1 créés, %2 mis à jour</translation>
    </message>
    <message>
        <source>  supports: %1 created, %2 updated</source>
        <translation>  accompagnements&#xa0;: %1 créés, %2 mis à jour</translation>
    </message>
    <message>
        <source>  contacts: %1 created, %2 already present</source>
        <translation>  contacts&#xa0;: %1 créés, %2 déjà présents</translation>
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
    <message>
        <source>The command “%1” needs --%2. See “passerelle --help”.</source>
        <translation>La commande «&#xa0;%1&#xa0;» demande --%2. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>No household has the reference “%1”. Check the reference in the list of households.</source>
        <translation>Aucun ménage n&apos;a la référence «&#xa0;%1&#xa0;». Vérifiez la référence dans la liste des ménages.</translation>
    </message>
    <message numerus="yes">
        <source>Contract of household %1, version %2, %n page(s): %3</source>
        <translation>
            <numerusform>Contrat du ménage %1, version %2, %n page&#xa0;: %3</numerusform>
            <numerusform>Contrat du ménage %1, version %2, %n pages&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Print recorded with the contract: version %1, SHA-256 %2</source>
        <translation>Impression enregistrée avec le contrat&#xa0;: version %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Household %1 has no tripartite meeting on %2.</source>
        <translation>Le ménage %1 n&apos;a pas de rendez-vous tripartite le %2.</translation>
    </message>
    <message>
        <source>Household %1 has no tripartite meeting planned from today on: plan one in its file, or give the date of a meeting with --meeting YYYY-MM-DD.</source>
        <translation>Le ménage %1 n&apos;a aucun rendez-vous tripartite prévu à partir d&apos;aujourd&apos;hui&#xa0;: planifiez-en un dans son dossier, ou indiquez la date d&apos;un rendez-vous avec --meeting AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Invitation to the tripartite meeting of %1 (household %2): %3</source>
        <translation>Convocation au rendez-vous tripartite du %1 (ménage %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The agency %1 has no follow-up committee on %2.</source>
        <translation>L&apos;agence %1 n&apos;a pas de commission de suivi le %2.</translation>
    </message>
    <message>
        <source>Agenda of the follow-up committee of %1 (%2): %3</source>
        <translation>Ordre du jour de la commission de suivi du %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reference of a household.</source>
        <translation>Référence d&apos;un ménage.</translation>
    </message>
    <message>
        <source>Date of a tripartite meeting.</source>
        <translation>Date d&apos;un rendez-vous tripartite.</translation>
    </message>
    <message>
        <source>Date of a follow-up committee.</source>
        <translation>Date d&apos;une commission de suivi.</translation>
    </message>
    <message>
        <source>The output could not be written (is the standard output closed or the disk full?).</source>
        <translation>Le résultat n&apos;a pas pu être écrit (la sortie standard est-elle fermée, ou le disque plein&#xa0;?).</translation>
    </message>
    <message>
        <source>The command “backup” needs --output FILE.sqlite (a file).</source>
        <translation>La commande «&#xa0;backup&#xa0;» a besoin de --output FICHIER.sqlite (un fichier).</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 households, %3 contacts). It is readable by you only.</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2 ménages, %3 contacts). Elle n&apos;est lisible que par vous.</translation>
    </message>
    <message>
        <source>The command “restore” needs --from BACKUP.sqlite.</source>
        <translation>La commande «&#xa0;restore&#xa0;» a besoin de --from SAUVEGARDE.sqlite.</translation>
    </message>
    <message>
        <source>Backup checked and restored: %1 (%2 households, %3 contacts).</source>
        <translation>Sauvegarde vérifiée et restaurée&#xa0;: %1 (%2 ménages, %3 contacts).</translation>
    </message>
    <message>
        <source>The replaced base is kept aside: %1</source>
        <translation>La base remplacée est gardée de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Folder of document templates to print with.</source>
        <translation>Dossier de modèles de documents avec lesquels imprimer.</translation>
    </message>
    <message>
        <source>--templates is an option of contract, convocation and agenda only. See “passerelle --help”.</source>
        <translation>--templates est une option de contract, convocation et agenda seulement. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>--templates needs the name of a folder of templates. See “passerelle --help”.</source>
        <translation>--templates demande le nom d&apos;un dossier de modèles. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>The database “%1” was upgraded from schema %2 to schema %3 of this version of Passerelle.</source>
        <translation>La base «&#xa0;%1&#xa0;» a été mise à niveau du schéma %2 au schéma %3 de cette version de Passerelle.</translation>
    </message>
    <message>
        <source>Schema version: %1 (older; this version uses schema %2)</source>
        <translation>Version du schéma&#xa0;: %1 (ancienne&#xa0;; cette version utilise le schéma %2)</translation>
    </message>
    <message>
        <source>The command “households” needs --%1. See “passerelle --help”.</source>
        <translation>La commande «&#xa0;households&#xa0;» demande --%1. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>Text to look for in references and names.</source>
        <translation>Texte à chercher dans les références et les noms.</translation>
    </message>
    <message>
        <source>No household is due for anonymisation: every household had a contact or a support after %1.</source>
        <translation>Aucun ménage n&apos;est à anonymiser&#xa0;: chaque ménage a eu un contact ou un accompagnement après le %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with neither contact nor support since %1 (retention period: %2 years):</source>
        <translation>
            <numerusform>%n ménage sans contact ni accompagnement depuis le %1 (durée de conservation&#xa0;: %2 ans)&#xa0;:</numerusform>
            <numerusform>%n ménages sans contact ni accompagnement depuis le %1 (durée de conservation&#xa0;: %2 ans)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin d&apos;accompagnement</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed. Run the command again with --apply to anonymise them and purge the journal entries older than %n month(s).</source>
        <translation>
            <numerusform>Rien n&apos;a été modifié. Relancez la commande avec --apply pour les anonymiser et purger les entrées du journal de plus de %n mois.</numerusform>
            <numerusform>Rien n&apos;a été modifié. Relancez la commande avec --apply pour les anonymiser et purger les entrées du journal de plus de %n mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) anonymised: names, birth dates, phone, e-mail, street address, free text and stored prints erased; coded data kept.</source>
        <translation>
            <numerusform>%n ménage anonymisé&#xa0;: noms, dates de naissance, téléphone, courriel, adresse, textes libres et impressions conservées effacés&#xa0;; données codées gardées.</numerusform>
            <numerusform>%n ménages anonymisés&#xa0;: noms, dates de naissance, téléphone, courriel, adresse, textes libres et impressions conservées effacés&#xa0;; données codées gardées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(ies) older than the retention period purged.</source>
        <translation>
            <numerusform>%n entrée du journal plus ancienne que la durée de conservation purgée.</numerusform>
            <numerusform>%n entrées du journal plus anciennes que la durée de conservation purgées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The erased data was removed from the database file (secure_delete, then VACUUM).</source>
        <translation>Les données effacées ont été retirées du fichier de la base (secure_delete, puis VACUUM).</translation>
    </message>
    <message>
        <source>The touched tables were vacuumed on the server.</source>
        <translation>Les tables modifiées ont été nettoyées (VACUUM) sur le serveur.</translation>
    </message>
    <message>
        <source>The command “access-export” writes a PDF or a JSON file: give --output a name ending in .pdf or .json.</source>
        <translation>La commande «&#xa0;access-export&#xa0;» écrit un fichier PDF ou JSON&#xa0;: donnez à --output un nom qui finit par .pdf ou .json.</translation>
    </message>
    <message>
        <source>Everything held on household %1: %2</source>
        <translation>Tout ce qui est détenu sur le ménage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Anonymise the households listed (retention).</source>
        <translation>Anonymiser les ménages de la liste (conservation).</translation>
    </message>
    <message>
        <source>This base has user accounts: say who you are with --user LOGIN (the password is read from PASSERELLE_PASSWORD, or asked).</source>
        <translation>Cette base a des comptes utilisateurs&#xa0;: indiquez qui vous êtes avec --user IDENTIFIANT (le mot de passe est lu dans PASSERELLE_PASSWORD, ou demandé).</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>No password for %1: set PASSERELLE_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Aucun mot de passe pour %1&#xa0;: renseignez PASSERELLE_PASSWORD, ou lancez la commande dans un terminal pour le taper.</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>Nouveau mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>No new password: set PASSERELLE_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Aucun nouveau mot de passe&#xa0;: renseignez PASSERELLE_NEW_PASSWORD, ou lancez la commande dans un terminal pour le taper.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords typed differ: nothing was changed. Run the command again.</source>
        <translation>Les deux mots de passe tapés diffèrent&#xa0;: rien n&apos;a été modifié. Relancez la commande.</translation>
    </message>
    <message>
        <source>“passerelle user” needs one of: %1. See “passerelle --help”.</source>
        <translation>«&#xa0;passerelle user&#xa0;» attend l&apos;une de ces actions&#xa0;: %1. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown role “%1”: use cesf, responsable_pole_social, charge_mission, referent_partenaire or administrateur.</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez cesf, responsable_pole_social, charge_mission, referent_partenaire ou administrateur.</translation>
    </message>
    <message>
        <source>An account belongs to one agency at most.</source>
        <translation>Un compte est rattaché à une agence au plus.</translation>
    </message>
    <message>
        <source>No partner is called “%1”: give its name or its code as in Dispositifs &amp; partenaires.</source>
        <translation>Aucun partenaire ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: donnez son nom ou son code tels qu&apos;ils figurent dans Dispositifs &amp; partenaires.</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Compte %1 créé.</translation>
    </message>
    <message>
        <source>No account has the login “%1”.</source>
        <translation>Aucun compte n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>New password of %1 recorded; the account is unlocked.</source>
        <translation>Nouveau mot de passe de %1 enregistré&#xa0;; le compte est déverrouillé.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Compte %1 réactivé.</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer log in.</source>
        <translation>Compte %1 désactivé&#xa0;: il ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Login of the account to create or change.</source>
        <translation>Identifiant du compte à créer ou à modifier.</translation>
    </message>
    <message>
        <source>Name of the account&apos;s holder.</source>
        <translation>Nom du titulaire du compte.</translation>
    </message>
    <message>
        <source>Role code of an account.</source>
        <translation>Code du rôle d&apos;un compte.</translation>
    </message>
    <message>
        <source>Partner association of an account.</source>
        <translation>Association partenaire d&apos;un compte.</translation>
    </message>
    <message>
        <source>--%1 is an option of “passerelle user” only. See “passerelle --help”.</source>
        <translation>--%1 est une option de «&#xa0;passerelle user&#xa0;» seulement. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>Journal: last entry %1, hash %2 (note it outside the base: a journal rewritten since will not end with it)</source>
        <translation>Journal&#xa0;: dernière entrée %1, empreinte %2 (notez-la hors de la base&#xa0;: un journal réécrit depuis ne finira plus par elle)</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use one of %2.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez l&apos;un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Show counts of 1 to 4 as &lt; 5 in the breakdowns (review PDF).</source>
        <translation>Note «&#xa0;&lt; 5&#xa0;» les effectifs de 1 à 4 dans les répartitions (PDF du bilan).</translation>
    </message>
    <message>
        <source>--mask-small-counts is an option of “passerelle review” only. See “passerelle --help”.</source>
        <translation>--mask-small-counts est une option de «&#xa0;passerelle review&#xa0;» seulement. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>--mask-small-counts is for the PDF and the workbook (--format pdf or xlsx): json and csv give the exact figures.</source>
        <translation>--mask-small-counts vaut pour le PDF et le classeur (--format pdf ou xlsx)&#xa0;: json et csv donnent les chiffres exacts.</translation>
    </message>
    <message>
        <source>Usage:
  passerelle [--database FILE|URL]           open Passerelle (default database in your data folder)
  passerelle demo --database FILE            create a demo database
  passerelle demo --database FILE|URL --scale N [--seed S]
                                             a synthetic base of N households (40
                                             agencies, 12 actions, 10 years), the same
                                             for the same seed and day
  passerelle check --database FILE           check integrity and schema version
  passerelle import --database FILE --households H.csv [--contacts C.csv] [--dry-run]
                                             import the unit&apos;s spreadsheets
  passerelle review --database FILE --from YYYY-MM-DD --to YYYY-MM-DD
                    [--action CODE]... [--agency CODE]... --format json|csv|xlsx|pdf
                    [--mask-small-counts] --output PATH|-
                                             year-end review figures, or the funder&apos;s
                                             PDF (counts of 1 to 4 shown &lt; 5 when masked)
  passerelle households --database FILE [--search TEXT] --format csv|json|xlsx
                        --output PATH|-      the households you may see (for the staff;
                                             names included, the export is journaled)
  passerelle migrate --from FILE.sqlite --to postgresql://user@host:port/database
                                             copy a unit&apos;s file to the shared server
  passerelle contract --database FILE --household REF [--action CODE]
                      [--templates DIR] --output FILE.pdf
                                             print a household&apos;s support contract
  passerelle convocation --database FILE --household REF [--meeting YYYY-MM-DD]
                         [--templates DIR] --output FILE.pdf
                                             invitation to a tripartite meeting
  passerelle agenda --database FILE --committee YYYY-MM-DD --agency CODE
                    [--templates DIR] --output FILE.pdf
                                             agenda of a follow-up committee
  passerelle backup --database FILE --output BACKUP.sqlite
                                             back the base up (safe while it is in use)
  passerelle restore --from BACKUP.sqlite --database FILE
                                             check a backup, then put it in place of the
                                             base (the replaced base is kept aside)
  passerelle retention --database FILE [--user LOGIN] [--apply]
                                             list the households due for anonymisation
                                             (no contact and no support for the retention
                                             period); with --apply, anonymise them and
                                             purge the old journal entries
  passerelle access-export --database FILE [--user LOGIN] --household REF
                           --output FILE.pdf|FILE.json
                                             everything held on a household (right of
                                             access), its journal included
  passerelle user add --database FILE --user ADMIN --login LOGIN --name &quot;NAME&quot;
                  --role CODE [--agency CODE] [--partner NAME]
                                             create an account (roles: cesf,
                                             responsable_pole_social, charge_mission,
                                             referent_partenaire, administrateur)
  passerelle user disable|enable --database FILE --user ADMIN --login LOGIN
                                             disable or enable an account
  passerelle user password --database FILE --user ADMIN --login LOGIN
                                             set a new password (anyone may set their own)
  The new password comes from PASSERELLE_NEW_PASSWORD, or is asked twice. The first
  account of a base is an administrator&apos;s, created without --user; it then creates
  the others.
  --templates DIR prints with the templates of that folder instead of the folder set
  in Passerelle (to try a folder out; the setting is left as it is)

A database is a SQLite file or a PostgreSQL server: postgresql://user@host:port/name
(TLS with ?sslmode=require or verify-full; password from PGPASSWORD or asked).

Accounts: once a base has accounts, every command needs --user LOGIN; the password
comes from PASSERELLE_PASSWORD, or is asked on the terminal. 5 failed attempts in a
row lock the account for 15 minutes. A base without accounts is used by one person.

Global options:
  --user LOGIN    who acts (a base with accounts)
  --lang fr|en    language of the interface and messages (French by default)
  --help          show this help
  --version       show the version

Exit status: 0 success, 1 bad usage, 2 bad data or refused access.</source>
        <translation>Utilisation&#xa0;:
  passerelle [--database FICHIER|URL]        ouvre Passerelle (base par défaut dans votre dossier de données)
  passerelle demo --database FICHIER         crée une base de démonstration
  passerelle demo --database FICHIER|URL --scale N [--seed S]
                                             une base synthétique de N ménages (40
                                             agences, 12 actions, 10 ans), la même
                                             pour la même graine et le même jour
  passerelle check --database FICHIER        vérifie l&apos;intégrité et la version du schéma
  passerelle import --database FICHIER --households M.csv [--contacts C.csv] [--dry-run]
                                             importe les tableaux de l&apos;unité
  passerelle review --database FICHIER --from AAAA-MM-JJ --to AAAA-MM-JJ
                    [--action CODE]... [--agency CODE]... --format json|csv|xlsx|pdf
                    [--mask-small-counts] --output CHEMIN|-
                                             chiffres du bilan annuel, ou le PDF pour le
                                             financeur (effectifs de 1 à 4 notés &lt; 5 si masqués)
  passerelle households --database FICHIER [--search TEXTE] --format csv|json|xlsx
                        --output CHEMIN|-    les ménages que vous pouvez voir (pour le personnel&#xa0;;
                                             noms compris, l&apos;export est journalisé)
  passerelle migrate --from FICHIER.sqlite --to postgresql://utilisateur@serveur:port/base
                                             copie le fichier d&apos;une unité vers le serveur partagé
  passerelle contract --database FICHIER --household RÉF [--action CODE]
                      [--templates DOSSIER] --output FICHIER.pdf
                                             imprime le contrat d&apos;accompagnement d&apos;un ménage
  passerelle convocation --database FICHIER --household RÉF [--meeting AAAA-MM-JJ]
                         [--templates DOSSIER] --output FICHIER.pdf
                                             convocation à un rendez-vous tripartite
  passerelle agenda --database FICHIER --committee AAAA-MM-JJ --agency CODE
                    [--templates DOSSIER] --output FICHIER.pdf
                                             ordre du jour d&apos;une commission de suivi
  passerelle backup --database FICHIER --output SAUVEGARDE.sqlite
                                             sauvegarde la base (sans risque pendant son usage)
  passerelle restore --from SAUVEGARDE.sqlite --database FICHIER
                                             vérifie une sauvegarde, puis la met à la place de
                                             la base (la base remplacée est gardée de côté)
  passerelle retention --database FICHIER [--user IDENTIFIANT] [--apply]
                                             liste les ménages à anonymiser (ni contact ni
                                             accompagnement pendant la durée de conservation)&#xa0;;
                                             avec --apply, les anonymise et purge les entrées
                                             anciennes du journal
  passerelle access-export --database FICHIER [--user IDENTIFIANT] --household RÉF
                           --output FICHIER.pdf|FICHIER.json
                                             tout ce qui est détenu sur un ménage (droit
                                             d&apos;accès), son journal compris
  passerelle user add --database FICHIER --user ADMIN --login IDENTIFIANT --name &quot;NOM&quot;
                  --role CODE [--agency CODE] [--partner NOM]
                                             crée un compte (rôles&#xa0;: cesf,
                                             responsable_pole_social, charge_mission,
                                             referent_partenaire, administrateur)
  passerelle user disable|enable --database FICHIER --user ADMIN --login IDENTIFIANT
                                             désactive ou réactive un compte
  passerelle user password --database FICHIER --user ADMIN --login IDENTIFIANT
                                             donne un nouveau mot de passe (chacun peut changer le sien)
  Le nouveau mot de passe est lu dans PASSERELLE_NEW_PASSWORD, ou demandé deux fois. Le premier
  compte d&apos;une base est celui d&apos;un administrateur, créé sans --user&#xa0;; il crée ensuite
  les autres.
  --templates DOSSIER imprime avec les modèles de ce dossier au lieu du dossier choisi
  dans Passerelle (pour essayer un dossier&#xa0;; le paramètre n&apos;est pas modifié)

Une base est un fichier SQLite ou un serveur PostgreSQL&#xa0;: postgresql://utilisateur@serveur:port/nom
(TLS avec&#xa0;?sslmode=require ou verify-full&#xa0;; mot de passe lu dans PGPASSWORD ou demandé).

Comptes&#xa0;: dès qu&apos;une base a des comptes, chaque commande exige --user IDENTIFIANT&#xa0;; le mot de
passe est lu dans PASSERELLE_PASSWORD, ou demandé au terminal. 5 échecs de suite verrouillent
le compte pendant 15 minutes. Une base sans compte sert à une seule personne.

Options générales&#xa0;:
  --user IDENTIFIANT  qui agit (base avec comptes)
  --lang fr|en    langue de l&apos;interface et des messages (français par défaut)
  --help          affiche cette aide
  --version       affiche la version

Code de sortie&#xa0;: 0 succès, 1 mauvaise utilisation, 2 données refusées ou accès refusé.</translation>
    </message>
    <message>
        <source>--scale needs a number of households from 1 to %1, not “%2”.</source>
        <translation>--scale attend un nombre de ménages de 1 à %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--seed needs a whole number (0 or more), not “%1”.</source>
        <translation>--seed attend un nombre entier (0 ou plus), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Synthetic demo database created: %1</source>
        <translation>Base de démonstration synthétique créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 households, %2 contacts, %3 agencies, %4 actions over ten years (seed %5), written in %6 s.</source>
        <translation>%1 ménages, %2 contacts, %3 agences, %4 actions sur dix ans (graine %5), écrits en %6 s.</translation>
    </message>
    <message>
        <source>Rows written per table:</source>
        <translation>Lignes écrites par table&#xa0;:</translation>
    </message>
    <message>
        <source>Number of households of a synthetic demo base.</source>
        <translation>Nombre de ménages d&apos;une base de démonstration synthétique.</translation>
    </message>
    <message>
        <source>Seed of a synthetic demo base.</source>
        <translation>Graine d&apos;une base de démonstration synthétique.</translation>
    </message>
    <message>
        <source>--%1 is an option of “passerelle demo” only. See “passerelle --help”.</source>
        <translation>--%1 est une option de «&#xa0;passerelle demo&#xa0;» seulement. Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>--seed goes with --scale N (the demo of 54 households is always the same). See “passerelle --help”.</source>
        <translation>--seed va avec --scale N (la démonstration de 54 ménages est toujours la même). Voir «&#xa0;passerelle --help&#xa0;».</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 rows copied…</source>
        <translation>  %1&#xa0;: %2 lignes copiées sur %3…</translation>
    </message>
    <message numerus="yes">
        <source>[%1/%2] %3: %Ln row(s) copied in %4 s</source>
        <translation>
            <numerusform>[%1/%2] %3&#xa0;: %Ln ligne copiée en %4 s</numerusform>
            <numerusform>[%1/%2] %3&#xa0;: %Ln lignes copiées en %4 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Every table is copied; the server builds the indexes and checks the links between tables…</source>
        <translation>Toutes les tables sont copiées&#xa0;; le serveur construit les index et vérifie les liens entre les tables…</translation>
    </message>
    <message>
        <source>Indexes and links checked in %1 s; the server saves the copy…</source>
        <translation>Index et liens vérifiés en %1 s&#xa0;; le serveur enregistre la copie…</translation>
    </message>
    <message>
        <source>The copy is saved; the server computes the statistics of its tables…</source>
        <translation>La copie est enregistrée&#xa0;; le serveur calcule les statistiques de ses tables…</translation>
    </message>
</context>
<context>
    <name>CommitteeAgendaDocument</name>
    <message>
        <source>A household of the committee could not be read.</source>
        <translation>Un ménage de la commission n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>CommitteeRepository</name>
    <message>
        <source>This follow-up committee does not exist or is not visible to you.</source>
        <translation>Cette commission de suivi n&apos;existe pas ou ne vous est pas accessible.</translation>
    </message>
</context>
<context>
    <name>CommitteeSuggestions</name>
    <message>
        <source>Open alert: %1</source>
        <translation>Alerte en cours&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open alerts: %1</source>
        <translation>
            <numerusform>%n alerte en cours&#xa0;: %1</numerusform>
            <numerusform>%n alertes en cours&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue objective(s)</source>
        <translation>
            <numerusform>%n objectif en retard</numerusform>
            <numerusform>%n objectifs en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Aucun contact depuis %n jour</numerusform>
            <numerusform>Aucun contact depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact since the start of support (%n day(s))</source>
        <translation>
            <numerusform>Aucun contact depuis le début de l&apos;accompagnement (%n jour)</numerusform>
            <numerusform>Aucun contact depuis le début de l&apos;accompagnement (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the date of the committee first.</source>
        <translation>Choisissez d&apos;abord la date de la commission.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Purposes of the processing</source>
        <translation>Finalités du traitement</translation>
    </message>
    <message>
        <source>Who receives the data</source>
        <translation>Destinataires des données</translation>
    </message>
    <message>
        <source>How long the data is kept</source>
        <translation>Durée de conservation des données</translation>
    </message>
    <message>
        <source>Rights of access, rectification, erasure and complaint to the CNIL</source>
        <translation>Droits d&apos;accès, de rectification, d&apos;effacement et de réclamation auprès de la CNIL</translation>
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
    <message>
        <source>The insertion of the contacts was stopped before the end: none was inserted.</source>
        <translation>L&apos;enregistrement des contacts a été arrêté avant la fin&#xa0;: aucun n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ContractDocument</name>
    <message>
        <source>The household %1 has no support contract for this action: create it in the Contract tab first.</source>
        <translation>Le ménage %1 n&apos;a pas de contrat d&apos;accompagnement pour ce dispositif&#xa0;: créez-le d&apos;abord dans l&apos;onglet Contrat.</translation>
    </message>
    <message>
        <source>The household %1 has no support contract yet: create it in the Contract tab first.</source>
        <translation>Le ménage %1 n&apos;a pas encore de contrat d&apos;accompagnement&#xa0;: créez-le d&apos;abord dans l&apos;onglet Contrat.</translation>
    </message>
    <message>
        <source>The household %1 has several contracts (one per action): say which one to print with its action.</source>
        <translation>Le ménage %1 a plusieurs contrats (un par dispositif)&#xa0;: indiquez lequel imprimer en précisant son dispositif.</translation>
    </message>
    <message>
        <source>The contract of household %1 has no version yet: add the initial contract in the Contract tab first.</source>
        <translation>Le contrat du ménage %1 n&apos;a encore aucune version&#xa0;: ajoutez d&apos;abord le contrat initial dans l&apos;onglet Contrat.</translation>
    </message>
    <message>
        <source>The contract of household %1 has no version %2.</source>
        <translation>Le contrat du ménage %1 n&apos;a pas de version %2.</translation>
    </message>
</context>
<context>
    <name>ContractPrintRepository</name>
    <message>
        <source>Only a PDF can be kept as the printed version of a contract.</source>
        <translation>Seul un PDF peut être conservé comme version imprimée d&apos;un contrat.</translation>
    </message>
    <message>
        <source>The contract has no version %1: print a version that exists.</source>
        <translation>Le contrat n&apos;a pas de version %1&#xa0;: imprimez une version existante.</translation>
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
    <name>ContractRules</name>
    <message>
        <source>The contract has no version to renew yet.</source>
        <translation>Le contrat n&apos;a pas encore de version à renouveler.</translation>
    </message>
    <message>
        <source>Give the current version a start and an end before renewing it.</source>
        <translation>Indiquez le début et la fin de la version en cours avant de la renouveler.</translation>
    </message>
    <message>
        <source>The contract has no version to amend yet.</source>
        <translation>Le contrat n&apos;a pas encore de version à modifier par avenant.</translation>
    </message>
    <message>
        <source>The support ended on %1: the contract can no longer be renewed.</source>
        <translation>L&apos;accompagnement a pris fin le %1&#xa0;: le contrat ne peut plus être renouvelé.</translation>
    </message>
    <message>
        <source>The support ended on %1: no amendment can be added to its contract any more.</source>
        <translation>L&apos;accompagnement a pris fin le %1&#xa0;: aucun avenant ne peut plus être ajouté à son contrat.</translation>
    </message>
    <message>
        <source>Version no. %1 starts on %2, after the end of support (%3).</source>
        <translation>La version n° %1 commence le %2, après la fin de l&apos;accompagnement (%3).</translation>
    </message>
    <message>
        <source>The objective “%1” is due on %2, before the contract is signed (%3).</source>
        <translation>L&apos;objectif « %1 » a pour échéance le %2, avant la signature du contrat (%3).</translation>
    </message>
</context>
<context>
    <name>ContractScanRepository</name>
    <message>
        <source>The file “%1” is empty: scan the signed contract again.</source>
        <translation>Le fichier « %1 » est vide&#xa0;: scannez de nouveau le contrat signé.</translation>
    </message>
    <message>
        <source>The file “%1” weighs %2 MB; a signed contract is kept up to %3 MB. Scan it again in a lower resolution or in black and white.</source>
        <translation>Le fichier « %1 » pèse %2 Mo&#xa0;; un contrat signé est conservé jusqu&apos;à %3 Mo. Scannez-le de nouveau dans une résolution plus basse ou en noir et blanc.</translation>
    </message>
    <message>
        <source>The file “%1” is neither a PDF, nor a JPEG, nor a PNG image: save the scan in one of these formats.</source>
        <translation>Le fichier « %1 » n&apos;est ni un PDF, ni une image JPEG, ni une image PNG&#xa0;: enregistrez le scan dans l&apos;un de ces formats.</translation>
    </message>
    <message>
        <source>This scan is no longer kept: it was removed meanwhile.</source>
        <translation>Ce scan n&apos;est plus conservé&#xa0;: il a été retiré entre-temps.</translation>
    </message>
    <message>
        <source>The contract has no version %1: save the version before attaching its signed scan.</source>
        <translation>Le contrat n&apos;a pas de version %1&#xa0;: enregistrez la version avant d&apos;y joindre son scan signé.</translation>
    </message>
    <message>
        <source>“%1” is the contract as Passerelle printed it (the same SHA-256), not the scan of the signed paper: scan the signed copy and attach that scan.</source>
        <translation>« %1 » est le contrat tel que Passerelle l&apos;a imprimé (la même empreinte SHA-256), pas le scan de l&apos;exemplaire signé&#xa0;: scannez l&apos;exemplaire signé et joignez ce scan.</translation>
    </message>
</context>
<context>
    <name>ConvocationDocument</name>
    <message>
        <source>The meeting has no date: set it before printing the invitation.</source>
        <translation>Le rendez-vous n&apos;a pas de date&#xa0;: renseignez-la avant d&apos;imprimer la convocation.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed. Install the package libqt6sql6-sqlite and start Passerelle again.</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé. Installez le paquet libqt6sql6-sqlite puis relancez Passerelle.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Choose a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier et non un fichier de base de données. Choisissez un fichier.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist. Check the path, or create a demo database with “passerelle demo --database %1”.</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» n&apos;existe pas. Vérifiez le chemin, ou créez une base de démonstration avec «&#xa0;passerelle demo --database %1&#xa0;».</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist. Create it first or choose another location.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n&apos;existe pas. Créez-le d&apos;abord ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened. Check that it exists and that you may read it.</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» ne peut pas être ouvert. Vérifiez qu&apos;il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The database “%1” is locked by another program. Close the other program, or wait a moment, and try again.</source>
        <translation>La base «&#xa0;%1&#xa0;» est verrouillée par un autre programme. Fermez cet autre programme, ou patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is not a Passerelle database (the file is not a SQLite database, or it is damaged). It was not changed. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base Passerelle (le fichier n&apos;est pas une base SQLite, ou il est endommagé). Il n&apos;a pas été modifié. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database but not a Passerelle database. It was not changed. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» est une base SQLite mais pas une base Passerelle. Elle n&apos;a pas été modifiée. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Passerelle (schema %2; this version knows schema %3 at most). It was not changed. Install the latest version of Passerelle to open it.</source>
        <translation>La base «&#xa0;%1&#xa0;» a été écrite par une version plus récente de Passerelle (schéma %2&#xa0;; cette version connaît au plus le schéma %3). Elle n&apos;a pas été modifiée. Installez la dernière version de Passerelle pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened for writing. Check that the file and its folder are not read-only and that the disk is not full.</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» ne peut pas être ouvert en écriture. Vérifiez que le fichier et son dossier ne sont pas en lecture seule et que le disque n&apos;est pas plein.</translation>
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
        <translation>la préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>l&apos;exécution d&apos;une requête</translation>
    </message>
    <message>
        <source>reading a result</source>
        <translation>la lecture d&apos;un résultat</translation>
    </message>
    <message>
        <source>saving a record</source>
        <translation>l&apos;enregistrement d&apos;une fiche</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>le début d&apos;une transaction</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>l&apos;enregistrement des modifications</translation>
    </message>
    <message>
        <source>table %1, row %2: broken link to table %3</source>
        <translation>table %1, ligne %2&#xa0;: lien rompu vers la table %3</translation>
    </message>
    <message>
        <source>The database “%1” is busy (another user or program is saving). Nothing was changed; try again in a moment.</source>
        <translation>La base «&#xa0;%1&#xa0;» est occupée (un autre utilisateur ou programme enregistre). Rien n&apos;a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Nothing was changed; free some space and try again.</source>
        <translation>Le disque qui contient «&#xa0;%1&#xa0;» est plein. Rien n&apos;a été modifié&#xa0;; libérez de la place puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” is read-only. Nothing was changed; check the file&apos;s permissions or open a copy you may write.</source>
        <translation>La base «&#xa0;%1&#xa0;» est en lecture seule. Rien n&apos;a été modifié&#xa0;; vérifiez les droits sur le fichier ou ouvrez une copie modifiable.</translation>
    </message>
    <message>
        <source>The change breaks a consistency rule of the database (while %1). Nothing was changed.</source>
        <translation>La modification enfreint une règle de cohérence de la base (pendant %1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database “%1” could not be read or written (while %2). Check the disk, then run “passerelle check”.</source>
        <translation>La base «&#xa0;%1&#xa0;» n&apos;a pas pu être lue ou écrite (pendant %2). Vérifiez le disque, puis lancez «&#xa0;passerelle check&#xa0;».</translation>
    </message>
    <message>
        <source>The database refused an operation (while %1). Nothing was changed.</source>
        <translation>La base a refusé une opération (pendant %1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transaction était déjà terminée.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Your changes were not saved; reopen it to see theirs.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche depuis que vous l&apos;avez ouverte. Vos modifications n&apos;ont pas été enregistrées&#xa0;; rouvrez la fiche pour voir les siennes.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>La fiche n&apos;existe plus&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed. Install the package libqt6sql6-psql and start Passerelle again.</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé. Installez le paquet libqt6sql6-psql puis relancez Passerelle.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address. Write it postgresql://user@host:port/database, for example postgresql://passerelle@db.example.org:5432/passerelle.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valable. Écrivez-la postgresql://utilisateur@serveur:port/base, par exemple postgresql://passerelle@db.example.org:5432/passerelle.</translation>
    </message>
    <message>
        <source>Do not write the password in the server address: give it in the PGPASSWORD environment variable, or type it when asked.</source>
        <translation>N&apos;écrivez pas le mot de passe dans l&apos;adresse du serveur&#xa0;: donnez-le dans la variable d&apos;environnement PGPASSWORD, ou tapez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>Unknown option “%1” in the server address. Use sslmode=disable, prefer, require, verify-ca or verify-full.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;» dans l&apos;adresse du serveur. Utilisez sslmode=disable, prefer, require, verify-ca ou verify-full.</translation>
    </message>
    <message>
        <source>The server “%1” refused the user name or the password. Check them and try again.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist on the server. Ask the administrator to create it (empty) for Passerelle.</source>
        <translation>La base «&#xa0;%1&#xa0;» n&apos;existe pas sur le serveur. Demandez à l&apos;administrateur de la créer (vide) pour Passerelle.</translation>
    </message>
    <message>
        <source>The server “%1” cannot be reached. Check the address, the network and that the server is running, then try again.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» est injoignable. Vérifiez l&apos;adresse, le réseau et que le serveur fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is not a valid schema name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de schéma valable.</translation>
    </message>
    <message>
        <source>The database “%1” already holds tables of another application. It was not changed. Use an empty database for Passerelle.</source>
        <translation>La base «&#xa0;%1&#xa0;» contient déjà les tables d&apos;une autre application. Elle n&apos;a pas été modifiée. Utilisez une base vide pour Passerelle.</translation>
    </message>
    <message>
        <source>The connection to the server “%1” was lost (while %2). Nothing was changed; check the network and try again.</source>
        <translation>La connexion au serveur «&#xa0;%1&#xa0;» a été perdue (pendant %2). Rien n&apos;a été modifié&#xa0;; vérifiez le réseau puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” (or its journal) was deleted, moved or replaced by another program while Passerelle was using it: this change was NOT saved, so that it does not end up in a file nobody sees. Passerelle has opened the file again; your changes are still in the window: save again.</source>
        <translation>La base «&#xa0;%1&#xa0;» (ou son journal) a été supprimée, déplacée ou remplacée par un autre programme pendant que Passerelle l&apos;utilisait&#xa0;: cette modification n&apos;a PAS été enregistrée, pour qu&apos;elle ne parte pas dans un fichier que personne ne voit. Passerelle a rouvert le fichier&#xa0;; vos modifications sont toujours dans la fenêtre&#xa0;: enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened again. Close Passerelle, check the file with “passerelle check”, then start it again.</source>
        <translation>Le fichier de base «&#xa0;%1&#xa0;» ne peut pas être rouvert. Fermez Passerelle, vérifiez le fichier avec «&#xa0;passerelle check&#xa0;», puis relancez Passerelle.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be created. Check that the folder is not read-only and that the disk is not full.</source>
        <translation>Le fichier de base «&#xa0;%1&#xa0;» ne peut pas être créé. Vérifiez que le dossier n&apos;est pas en lecture seule et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The database “%1” is on a read-only disk or share, and SQLite needs to write beside it even to read it. Copy it to a folder you may write in, or ask for the disk to be writable.</source>
        <translation>La base «&#xa0;%1&#xa0;» est sur un disque ou un partage en lecture seule, et SQLite doit écrire à côté d&apos;elle même pour la lire. Copiez-la dans un dossier où vous pouvez écrire, ou demandez que le disque soit accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full: the database cannot be opened. Nothing was changed; free some space and try again.</source>
        <translation>Le disque qui contient «&#xa0;%1&#xa0;» est plein&#xa0;: la base ne peut pas être ouverte. Rien n&apos;a été modifié&#xa0;; libérez de la place puis réessayez.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened: you may not read it or write in its folder. Check the permissions of the file and its folder.</source>
        <translation>La base «&#xa0;%1&#xa0;» ne peut pas être ouverte&#xa0;: vous n&apos;avez pas le droit de la lire ou d&apos;écrire dans son dossier. Vérifiez les droits du fichier et de son dossier.</translation>
    </message>
    <message>
        <source>The database “%1” was written by an older version of Passerelle (schema %2; this version uses schema %3). It was not changed: this command only reads. Open it once in Passerelle, which upgrades it (keep a backup first), then try again.</source>
        <translation>La base «&#xa0;%1&#xa0;» a été écrite par une ancienne version de Passerelle (schéma %2&#xa0;; cette version utilise le schéma %3). Elle n&apos;a pas été modifiée&#xa0;: cette commande ne fait que lire. Ouvrez-la une fois dans Passerelle, qui la met à niveau (gardez d&apos;abord une sauvegarde), puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of the file are damaged (%1).</source>
        <translation>
            <numerusform>%n page du fichier est endommagée (%1).</numerusform>
            <numerusform>%n pages du fichier sont endommagées (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The index “%1” no longer matches its table: what is read through it may be wrong.</source>
        <translation>L&apos;index «&#xa0;%1&#xa0;» ne correspond plus à sa table&#xa0;: ce qui est lu à travers lui peut être faux.</translation>
    </message>
    <message>
        <source>Rows of the table “%1” break a rule of the schema.</source>
        <translation>Des lignes de la table «&#xa0;%1&#xa0;» enfreignent une règle du schéma.</translation>
    </message>
    <message numerus="yes">
        <source>%n other problem(s) in the structure of the file (the file is damaged).</source>
        <translation>
            <numerusform>%n autre problème dans la structure du fichier (le fichier est endommagé).</numerusform>
            <numerusform>%n autres problèmes dans la structure du fichier (le fichier est endommagé).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a Passerelle database (it holds no table). It was not changed. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base Passerelle (elle ne contient aucune table). Le fichier n&apos;a pas été modifié. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The database file “%1” is empty: it holds no Passerelle data. It was not changed. Check the path, or restore the latest backup.</source>
        <translation>Le fichier de base «&#xa0;%1&#xa0;» est vide&#xa0;: il ne contient aucune donnée de Passerelle. Il n&apos;a pas été modifié. Vérifiez le chemin, ou restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: it is marked as a Passerelle database but has no valid schema version (%2). It was not changed. Restore the latest backup, or ask your administrator.</source>
        <translation>La base «&#xa0;%1&#xa0;» est endommagée&#xa0;: elle porte la marque d&apos;une base Passerelle mais n&apos;a pas de version de schéma valable (%2). Elle n&apos;a pas été modifiée. Restaurez la dernière sauvegarde ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged (SQLite&apos;s quick check found problems), so it was not upgraded to this version of Passerelle. It was not changed. Run “passerelle check” for details, then restore the latest backup.</source>
        <translation>La base «&#xa0;%1&#xa0;» est endommagée (la vérification rapide de SQLite a trouvé des problèmes)&#xa0;: elle n&apos;a donc pas été mise à niveau pour cette version de Passerelle. Elle n&apos;a pas été modifiée. Lancez «&#xa0;passerelle check&#xa0;» pour le détail, puis restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The database “%1” is empty: it holds no Passerelle data. It was not changed. Check the address, or restore the latest backup.</source>
        <translation>La base «&#xa0;%1&#xa0;» est vide&#xa0;: elle ne contient aucune donnée de Passerelle. Elle n&apos;a pas été modifiée. Vérifiez l&apos;adresse, ou restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>la vérification de la base</translation>
    </message>
    <message>
        <source>The file is so damaged that SQLite could not check it to the end.</source>
        <translation>Le fichier est si endommagé que SQLite n&apos;a pas pu le vérifier jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged (found while %2). Nothing was changed. Run “passerelle check”, then restore the latest backup, or ask your administrator.</source>
        <translation>La base «&#xa0;%1&#xa0;» est endommagée (constaté pendant %2). Rien n&apos;a été modifié. Lancez «&#xa0;passerelle check&#xa0;», puis restaurez la dernière sauvegarde, ou adressez-vous à votre administrateur.</translation>
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
            <numerusform>%n ménage avec plus d&apos;un titulaire</numerusform>
            <numerusform>%n ménages avec plus d&apos;un titulaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The column %1 holds %n value(s) that are not in the list “%2” (damaged data).</source>
        <translation>
            <numerusform>La colonne %1 contient %n valeur absente de la liste «&#xa0;%2&#xa0;» (données endommagées).</numerusform>
            <numerusform>La colonne %1 contient %n valeurs absentes de la liste «&#xa0;%2&#xa0;» (données endommagées).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2 Nothing was changed. Run “passerelle check”, then restore the latest backup, or ask your administrator.</source>
        <translation>La base «&#xa0;%1&#xa0;» est endommagée&#xa0;: %2 Rien n&apos;a été modifié. Lancez «&#xa0;passerelle check&#xa0;», puis restaurez la dernière sauvegarde, ou adressez-vous à votre administrateur.</translation>
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
        <translation>La base de destination «&#xa0;%1&#xa0;» n&apos;est pas vide (table %2). Les données ne sont copiées que dans une base vide.</translation>
    </message>
    <message>
        <source>Table %1: %2 rows read but %3 in the target. Nothing was copied.</source>
        <translation>Table %1&#xa0;: %2 lignes lues mais %3 dans la destination. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>copying the table %1</source>
        <translation>la copie de la table %1</translation>
    </message>
    <message>
        <source>Table %1: %2 rows sent but %3 written. Nothing was copied.</source>
        <translation>Table %1&#xa0;: %2 lignes envoyées mais %3 écrites. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>preparing the copy of %1</source>
        <translation>la préparation de la copie de la table %1</translation>
    </message>
    <message>
        <source>rebuilding the indexes and links of the table %1</source>
        <translation>la reconstruction des index et des liens de la table %1</translation>
    </message>
    <message>
        <source>reading the table %1</source>
        <translation>la lecture de la table %1</translation>
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
        <translation>Le fichier «&#xa0;%1&#xa0;» existe déjà&#xa0;: la démonstration n&apos;est écrite que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>The database “%1” already holds data: the demo is only written to an empty database.</source>
        <translation>La base «&#xa0;%1&#xa0;» contient déjà des données&#xa0;: la démonstration n&apos;est écrite que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>DiagnosticComparison</name>
    <message>
        <source>not filled in</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>0 — no difficulty</source>
        <translation>0 — aucune difficulté</translation>
    </message>
    <message>
        <source>1 — slight fragility</source>
        <translation>1 — fragilité légère</translation>
    </message>
    <message>
        <source>2 — significant difficulty</source>
        <translation>2 — difficulté importante</translation>
    </message>
    <message>
        <source>3 — major difficulty</source>
        <translation>3 — difficulté majeure</translation>
    </message>
    <message>
        <source>↓ better</source>
        <translation>↓ amélioration</translation>
    </message>
    <message>
        <source>↑ worse</source>
        <translation>↑ dégradation</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= stable</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
</context>
<context>
    <name>DirectoryRecords</name>
    <message>
        <source>The code “%1” is already used.</source>
        <translation>Le code «&#xa0;%1&#xa0;» est déjà utilisé.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Imprimer — %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as ODT</source>
        <translation>Enregistrer en ODT</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>Textes OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The folder “%1” does not exist. Choose an existing folder, or leave the setting empty to print with the templates shipped with Passerelle.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas. Choisissez un dossier existant, ou laissez le réglage vide pour imprimer avec les modèles fournis avec Passerelle.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it first, or choose another one.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas. Créez-le d&apos;abord, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The template “%1” shipped with Passerelle cannot be read.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» fourni avec Passerelle ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The document could not be laid out: the system refused Passerelle a new thread. Close other programs, then print again.</source>
        <translation>Le document n&apos;a pas pu être mis en page&#xa0;: le système a refusé à Passerelle un nouveau fil d&apos;exécution. Fermez d&apos;autres programmes, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>This version is signed: it prints from the PDF kept when it was printed, which has no text to edit. Save it as a PDF, or make an amendment to change the contract.</source>
        <translation>Cette version est signée&#xa0;: elle s&apos;imprime depuis le PDF conservé lors de son impression, qui n&apos;a pas de texte à modifier. Enregistrez-la en PDF, ou faites un avenant pour changer le contrat.</translation>
    </message>
    <message>
        <source>The document could not be written as an OpenDocument text.</source>
        <translation>Le document n&apos;a pas pu être écrit en texte OpenDocument.</translation>
    </message>
    <message>
        <source>Contract %1 version %2</source>
        <translation>Contrat %1 version %2</translation>
    </message>
</context>
<context>
    <name>DwellingRepository</name>
    <message>
        <source>This dwelling does not exist.</source>
        <translation>Ce logement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only new dwellings can be inserted at once.</source>
        <translation>Seuls de nouveaux logements peuvent être insérés en bloc.</translation>
    </message>
</context>
<context>
    <name>ExitRules</name>
    <message>
        <source>Alert “%1” of %2, still open</source>
        <translation>Alerte « %1 » du %2, toujours ouverte</translation>
    </message>
    <message>
        <source>The support contract (version no. %1) runs until %2</source>
        <translation>Le contrat d&apos;accompagnement (version n° %1) court jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Objective “%1”: %2</source>
        <translation>Objectif « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>The bail glissant of %1 has not slid to the household</source>
        <translation>Le bail glissant du %1 n&apos;a pas glissé au nom du ménage</translation>
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
        <translation>Engagements de l&apos;association</translation>
    </message>
    <message>
        <source>Signatory for the association</source>
        <translation>Signataire pour l&apos;association</translation>
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
        <translation>Commentaire de fin d&apos;accompagnement</translation>
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
        <translation>Date de l&apos;issue</translation>
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
        <source>Partner&apos;s referent</source>
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
    <message>
        <source>Explained at consent</source>
        <translation>Expliqué lors du consentement</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Anonymisé le</translation>
    </message>
    <message>
        <source>Notes internal to the landlord</source>
        <translation>Notes internes au bailleur</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>Entries purged</source>
        <translation>Entrées purgées</translation>
    </message>
    <message>
        <source>Up to the entry</source>
        <translation>Jusqu&apos;à l&apos;entrée</translation>
    </message>
    <message>
        <source>Hash the journal chains from</source>
        <translation>Empreinte à laquelle le journal s&apos;enchaîne</translation>
    </message>
    <message>
        <source>Asked by the user</source>
        <translation>Demandée par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Months after the end of support</source>
        <translation>Mois après la fin de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Household file</source>
        <translation>Dossier du ménage</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Partenaire chef de file</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Bail</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Plan d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Shared with the association</source>
        <translation>Partagé avec l&apos;association</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Opened</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Household file</source>
        <translation>Dossier du ménage</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Social diagnostic</source>
        <translation>Diagnostic social</translation>
    </message>
    <message>
        <source>Tripartite meeting</source>
        <translation>Rendez-vous tripartite</translation>
    </message>
    <message>
        <source>CAL decision</source>
        <translation>Décision CAL</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Bail</translation>
    </message>
    <message>
        <source>Lease review</source>
        <translation>Révision du bail</translation>
    </message>
    <message>
        <source>Support contract</source>
        <translation>Contrat d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Plan d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Check after support</source>
        <translation>Suivi post-accompagnement</translation>
    </message>
    <message>
        <source>Follow-up committee</source>
        <translation>Commission de suivi</translation>
    </message>
    <message>
        <source>Review by a follow-up committee</source>
        <translation>Examen en commission de suivi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused access</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Purge of old entries</source>
        <translation>Purge des entrées anciennes</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Whole file (right of access)</source>
        <translation>Dossier complet (droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Year-end review</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>Scan of a signed contract</source>
        <translation>Scan d&apos;un contrat signé</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
</context>
<context>
    <name>HouseholdListExport</name>
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
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Start of support</source>
        <translation>Début de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
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
        <translation>La référence de dossier «&#xa0;%1&#xa0;» est déjà utilisée par un autre ménage.</translation>
    </message>
    <message>
        <source>member %1: %2</source>
        <translation>membre %1&#xa0;: %2</translation>
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
        <translation>l&apos;enregistrement des ménages</translation>
    </message>
    <message>
        <source>member %1 added</source>
        <translation>membre %1 ajouté</translation>
    </message>
    <message>
        <source>member %1 removed</source>
        <translation>membre %1 retiré</translation>
    </message>
    <message>
        <source>upgrading the database</source>
        <translation>la mise à jour de la base</translation>
    </message>
    <message>
        <source>Say why the file is deleted (a duplicate of which file, a wrong referral…): the journal keeps the reason.</source>
        <translation>Dites pourquoi le dossier est supprimé (doublon de quel dossier, orientation erronée…)&#xa0;: le journal garde la raison.</translation>
    </message>
    <message>
        <source>%1 deleted: %2</source>
        <translation>%1 supprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HousingRules</name>
    <message>
        <source>The date of entry is required.</source>
        <translation>La date d&apos;entrée est obligatoire.</translation>
    </message>
    <message>
        <source>The date of entry (%1) is before 1990.</source>
        <translation>La date d&apos;entrée (%1) est antérieure à 1990.</translation>
    </message>
    <message>
        <source>The lease type is required.</source>
        <translation>Le type de bail est obligatoire.</translation>
    </message>
    <message>
        <source>This dwelling is not in the household&apos;s file.</source>
        <translation>Ce logement ne figure pas dans le dossier du ménage.</translation>
    </message>
    <message>
        <source>This lease is not in the household&apos;s file.</source>
        <translation>Ce bail ne figure pas dans le dossier du ménage.</translation>
    </message>
    <message>
        <source>The date of the relogement must come after the start of the current lease (%1).</source>
        <translation>La date du relogement doit être postérieure au début du bail en cours (%1).</translation>
    </message>
    <message>
        <source>This lease already ended on %1: record a new entry instead.</source>
        <translation>Ce bail a déjà pris fin le %1&#xa0;: enregistrez plutôt une nouvelle entrée.</translation>
    </message>
    <message>
        <source>Only a bail glissant can slide to the household.</source>
        <translation>Seul un bail glissant peut glisser au profit du ménage.</translation>
    </message>
    <message>
        <source>This bail glissant already slid to the household on %1.</source>
        <translation>Ce bail glissant a déjà glissé au profit du ménage le %1.</translation>
    </message>
    <message>
        <source>The date of the glissement must fall within the bail glissant (after %1).</source>
        <translation>La date du glissement doit se situer pendant le bail glissant (après le %1).</translation>
    </message>
    <message>
        <source>(dwelling without address)</source>
        <translation>(logement sans adresse)</translation>
    </message>
    <message>
        <source>This lease overlaps the lease from %1: a household holds one lease at a time. End that lease first, or record a relogement.</source>
        <translation>Ce bail chevauche le bail commencé le %1&#xa0;: un ménage n&apos;a qu&apos;un bail à la fois. Terminez d&apos;abord ce bail, ou enregistrez un relogement.</translation>
    </message>
    <message>
        <source>The glissement is dated %1, a day still to come: record it once the bail direct is signed.</source>
        <translation>Le glissement est daté du %1, un jour à venir&#xa0;: enregistrez-le une fois le bail direct signé.</translation>
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
        <translation>n&apos;est la référence d&apos;aucun ménage de %1 ni de la base</translation>
    </message>
    <message>
        <source>is not an action of this household</source>
        <translation>n&apos;est pas un dispositif de ce ménage</translation>
    </message>
    <message>
        <source>a value is required: this household is supported in several actions (%1)</source>
        <translation>valeur obligatoire&#xa0;: ce ménage est accompagné dans plusieurs dispositifs (%1)</translation>
    </message>
    <message>
        <source>the file is a spreadsheet, not a CSV file: save it as “CSV (semicolon delimited)” and import that file</source>
        <translation>le fichier est un classeur, pas un fichier CSV&#xa0;: enregistrez-le au format «&#xa0;CSV (séparateur&#xa0;: point-virgule)&#xa0;» et importez ce fichier</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>le fichier n&apos;est pas un texte UTF-16 valide</translation>
    </message>
    <message>
        <source>the file announces UTF-8 but this line is not valid UTF-8: save the file again as “CSV UTF-8”</source>
        <translation>le fichier s&apos;annonce en UTF-8 mais cette ligne n&apos;est pas en UTF-8 valide&#xa0;: enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;»</translation>
    </message>
    <message>
        <source>the file is not a text file (CSV)</source>
        <translation>le fichier n&apos;est pas un fichier texte (CSV)</translation>
    </message>
    <message>
        <source>the file mixes the UTF-8 and Windows-1252 encodings (here for the first time): save it again as “CSV UTF-8”</source>
        <translation>le fichier mélange les encodages UTF-8 et Windows-1252 (ici pour la première fois)&#xa0;: enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;»</translation>
    </message>
    <message>
        <source>a quoted field is not closed: a closing &quot; is missing (the rest of the file cannot be read)</source>
        <translation>un champ entre guillemets n&apos;est pas refermé&#xa0;: il manque un &quot; (la suite du fichier ne peut pas être lue)</translation>
    </message>
    <message>
        <source>unexpected characters after the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>des caractères suivent le guillemet fermant d&apos;un champ (un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé)</translation>
    </message>
    <message>
        <source>the line has %1 fields instead of %2 (check the separators and the quotes)</source>
        <translation>la ligne compte %1 champs au lieu de %2 (vérifiez les séparateurs et les guillemets)</translation>
    </message>
    <message>
        <source>the file does not exist: check the path “%1”</source>
        <translation>le fichier n&apos;existe pas&#xa0;: vérifiez le chemin «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file has a header line but no data</source>
        <translation>le fichier a une ligne d&apos;en-tête mais aucune donnée</translation>
    </message>
    <message>
        <source>differs from “%1” given line %2 for the same household</source>
        <translation>diffère de la valeur «&#xa0;%1&#xa0;» donnée ligne %2 pour le même ménage</translation>
    </message>
    <message>
        <source>a value is required (unless the referral outcome is a refusal, no grounds for support or pending)</source>
        <translation>valeur obligatoire (sauf si l&apos;issue de l&apos;orientation est un refus, un non-lieu ou «&#xa0;en cours&#xa0;»)</translation>
    </message>
    <message>
        <source>is given but the referral outcome is “%1”: no support follows</source>
        <translation>est donnée alors que l&apos;issue de l&apos;orientation est «&#xa0;%1&#xa0;»&#xa0;: aucun accompagnement ne suit</translation>
    </message>
    <message>
        <source>is given without a start of support</source>
        <translation>est donnée sans date de début d&apos;accompagnement</translation>
    </message>
    <message>
        <source>is before the start of support (%1)</source>
        <translation>est antérieure au début de l&apos;accompagnement (%1)</translation>
    </message>
    <message>
        <source>needs a value in the column %1</source>
        <translation>suppose une valeur dans la colonne %1</translation>
    </message>
    <message>
        <source>is not the name “%1” given line %2 for the same reference</source>
        <translation>n&apos;est pas le nom «&#xa0;%1&#xa0;» donné ligne %2 pour la même référence</translation>
    </message>
    <message>
        <source>a value is required when the column %1 is given</source>
        <translation>valeur obligatoire quand la colonne %1 est renseignée</translation>
    </message>
    <message>
        <source>is only possible when the column %1 is bail_glissant</source>
        <translation>n&apos;est possible que si la colonne %1 vaut bail_glissant</translation>
    </message>
    <message>
        <source>is not after the entry into the dwelling (%1)</source>
        <translation>n&apos;est pas postérieure à l&apos;entrée dans le logement (%1)</translation>
    </message>
    <message>
        <source>is after the exit from the dwelling (%1)</source>
        <translation>est postérieure à la sortie du logement (%1)</translation>
    </message>
    <message>
        <source>is before the entry into the dwelling (%1)</source>
        <translation>est antérieure à l&apos;entrée dans le logement (%1)</translation>
    </message>
    <message>
        <source>appears again for this reference (first line %1): a household has one line per action</source>
        <translation>figure déjà ligne %1 pour cette référence&#xa0;: un ménage a une seule ligne par dispositif</translation>
    </message>
    <message>
        <source>is not the name “%1” of the household already recorded with this reference</source>
        <translation>n&apos;est pas le nom «&#xa0;%1&#xa0;» du ménage déjà enregistré sous cette référence</translation>
    </message>
    <message>
        <source>is less than the %1 children already recorded with a first name or a birth date: they are kept</source>
        <translation>est inférieur aux %1 enfants déjà enregistrés avec un prénom ou une date de naissance&#xa0;: ils sont conservés</translation>
    </message>
    <message>
        <source>no lease is known for this household: give the columns %1 and %2</source>
        <translation>aucun bail n&apos;est connu pour ce ménage&#xa0;: renseignez les colonnes %1 et %2</translation>
    </message>
    <message>
        <source>is before the start of the household&apos;s last lease (%1)</source>
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
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no households file was given</source>
        <translation>aucun fichier des ménages n&apos;est indiqué</translation>
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
        <translation>n&apos;est pas une date</translation>
    </message>
    <message>
        <source>is not a date (accepted formats: dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>n&apos;est pas une date (formats acceptés&#xa0;: jj/mm/aaaa ou aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>is not an amount (for example 1 234,50 €)</source>
        <translation>n&apos;est pas un montant (par exemple 1 234,50 €)</translation>
    </message>
    <message>
        <source>is not a whole number of 0 or more</source>
        <translation>n&apos;est pas un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>is too large (%1 at most)</source>
        <translation>est trop grand (%1 au plus)</translation>
    </message>
    <message>
        <source>is not a yes/no answer (oui, non, o, n, 1, 0, x or empty)</source>
        <translation>n&apos;est pas une réponse oui/non (oui, non, o, n, 1, 0, x ou vide)</translation>
    </message>
    <message>
        <source>is not a known value of the list “%1” (give its code or its label)</source>
        <translation>n&apos;est pas une valeur connue de la liste «&#xa0;%1&#xa0;» (indiquez son code ou son libellé)</translation>
    </message>
    <message>
        <source>is an agency other than yours: you may only import the households of your own agency</source>
        <translation>est une autre agence que la vôtre&#xa0;: vous ne pouvez importer que les ménages de votre agence</translation>
    </message>
    <message>
        <source>is not a known agency; only a user who sees every agency may create one</source>
        <translation>n&apos;est pas une agence connue&#xa0;; seul un utilisateur qui voit toutes les agences peut en créer une</translation>
    </message>
    <message>
        <source>is not a known agency: it is created with the code “%1”</source>
        <translation>n&apos;est pas une agence connue&#xa0;: elle est créée avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is not a known action: it is created with the code “%1”</source>
        <translation>n&apos;est pas un dispositif connu&#xa0;: il est créé avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is not a known partner: it is created (an association) with the code “%1”</source>
        <translation>n&apos;est pas un partenaire connu&#xa0;: il est créé (association) avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the file is UTF-16 text without the mark that says how to read it: save it from the spreadsheet as “CSV UTF-8” and import that file</source>
        <translation>le fichier est un texte UTF-16 sans la marque qui indique comment le lire&#xa0;: enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;» et importez ce fichier</translation>
    </message>
    <message>
        <source>the file is neither in UTF-8 nor in Windows-1252: its accented letters would be stored garbled (here for the first time; the file may come from a Mac or be in another alphabet): save it from the spreadsheet as “CSV UTF-8” and import that file</source>
        <translation>le fichier n&apos;est ni en UTF-8 ni en Windows-1252&#xa0;: ses lettres accentuées seraient enregistrées déformées (ici pour la première fois&#xa0;; le fichier vient peut-être d&apos;un Mac ou est écrit dans un autre alphabet)&#xa0;: enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;» et importez ce fichier</translation>
    </message>
    <message>
        <source>the header line is too long (at most %L1 columns and %L2 characters): check that the first line of the file gives the names of the columns, and that this is the right file</source>
        <translation>la ligne d&apos;en-tête est trop longue (au plus %L1 colonnes et %L2 caractères)&#xa0;: vérifiez que la première ligne du fichier donne le nom des colonnes, et qu&apos;il s&apos;agit du bon fichier</translation>
    </message>
    <message>
        <source>the line has more than %L1 fields: check the separators and the quotes (the rest of the file is not read)</source>
        <translation>la ligne compte plus de %L1 champs&#xa0;: vérifiez les séparateurs et les guillemets (la suite du fichier n&apos;est pas lue)</translation>
    </message>
    <message>
        <source>a field is longer than %L1 characters, the most a spreadsheet cell holds: if it starts with a quote, check that its closing quote is not missing (the rest of the file is not read)</source>
        <translation>un champ dépasse %L1 caractères, le maximum d&apos;une cellule de tableur&#xa0;: s&apos;il commence par un guillemet, vérifiez que le guillemet fermant ne manque pas (la suite du fichier n&apos;est pas lue)</translation>
    </message>
    <message>
        <source>the file is too large (%L1 MB; at most %L2 MB): check that it is the right file, or split it into several files imported one after the other</source>
        <translation>le fichier est trop volumineux (%L1 Mo&#xa0;; au plus %L2 Mo)&#xa0;: vérifiez qu&apos;il s&apos;agit du bon fichier, ou découpez-le en plusieurs fichiers importés l&apos;un après l&apos;autre</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s) of the same kind</source>
        <translation>
            <numerusform>… et %n autre avertissement du même type</numerusform>
            <numerusform>… et %n autres avertissements du même type</numerusform>
        </translation>
    </message>
    <message>
        <source>the household&apos;s reference (as in the households file)</source>
        <translation>la référence du ménage (comme dans le fichier des ménages)</translation>
    </message>
    <message>
        <source>the action (when the household has several)</source>
        <translation>le dispositif (quand le ménage en a plusieurs)</translation>
    </message>
    <message>
        <source>the date of the contact</source>
        <translation>la date du contact</translation>
    </message>
    <message>
        <source>the type of contact</source>
        <translation>le type de contact</translation>
    </message>
    <message>
        <source>the duration in minutes</source>
        <translation>la durée en minutes</translation>
    </message>
    <message>
        <source>who made the contact</source>
        <translation>l&apos;auteur du contact</translation>
    </message>
    <message>
        <source>the note (free text)</source>
        <translation>la note (texte libre)</translation>
    </message>
    <message>
        <source>the unit&apos;s file number (one per household and action)</source>
        <translation>le numéro de dossier de l&apos;unité (un par ménage et dispositif)</translation>
    </message>
    <message>
        <source>the main tenant&apos;s last name</source>
        <translation>le nom du locataire principal</translation>
    </message>
    <message>
        <source>the main tenant&apos;s first name</source>
        <translation>le prénom du locataire principal</translation>
    </message>
    <message>
        <source>the main tenant&apos;s date of birth</source>
        <translation>la date de naissance du locataire principal</translation>
    </message>
    <message>
        <source>the household&apos;s composition</source>
        <translation>la composition du ménage</translation>
    </message>
    <message>
        <source>the number of children</source>
        <translation>le nombre d&apos;enfants</translation>
    </message>
    <message>
        <source>the publics of the household (several allowed)</source>
        <translation>les publics du ménage (plusieurs possibles)</translation>
    </message>
    <message>
        <source>new entrant or existing tenant</source>
        <translation>nouvel entrant ou locataire en place</translation>
    </message>
    <message>
        <source>the agency (created if unknown)</source>
        <translation>l&apos;agence (créée si elle est inconnue)</translation>
    </message>
    <message>
        <source>the action (created if unknown)</source>
        <translation>le dispositif (créé s&apos;il est inconnu)</translation>
    </message>
    <message>
        <source>the partner association (created if unknown)</source>
        <translation>l&apos;association partenaire (créée si elle est inconnue)</translation>
    </message>
    <message>
        <source>the housing situation before</source>
        <translation>la situation antérieure (hébergement, rue…)</translation>
    </message>
    <message>
        <source>the monthly resources</source>
        <translation>les ressources mensuelles</translation>
    </message>
    <message>
        <source>the main source of resources</source>
        <translation>la source principale de ressources</translation>
    </message>
    <message>
        <source>the date of the referral</source>
        <translation>la date de l&apos;orientation</translation>
    </message>
    <message>
        <source>the outcome of the referral</source>
        <translation>l&apos;issue de l&apos;orientation</translation>
    </message>
    <message>
        <source>the date of the diagnostic</source>
        <translation>la date du diagnostic</translation>
    </message>
    <message>
        <source>the date of the tripartite meeting</source>
        <translation>la date du rendez-vous tripartite</translation>
    </message>
    <message>
        <source>the date of the allocation committee (CAL)</source>
        <translation>la date de la commission d&apos;attribution (CAL)</translation>
    </message>
    <message>
        <source>the decision of the allocation committee (CAL)</source>
        <translation>la décision de la commission d&apos;attribution (CAL)</translation>
    </message>
    <message>
        <source>the first day of the first lease</source>
        <translation>le premier jour du premier bail</translation>
    </message>
    <message>
        <source>the lease type</source>
        <translation>le type de bail</translation>
    </message>
    <message>
        <source>the day the lease slides to the household</source>
        <translation>le jour du glissement du bail au ménage</translation>
    </message>
    <message>
        <source>the dwelling&apos;s street address</source>
        <translation>l&apos;adresse du logement (numéro et rue)</translation>
    </message>
    <message>
        <source>the dwelling&apos;s commune</source>
        <translation>la commune du logement</translation>
    </message>
    <message>
        <source>the dwelling&apos;s type (T1 to T5)</source>
        <translation>la typologie du logement (T1 à T5)</translation>
    </message>
    <message>
        <source>the dwelling is in a priority neighbourhood (QPV)</source>
        <translation>le logement est en quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>the monthly rent</source>
        <translation>le loyer mensuel</translation>
    </message>
    <message>
        <source>the first day of support</source>
        <translation>le premier jour de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>the last day of support</source>
        <translation>le dernier jour de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>the outcome of the support</source>
        <translation>l&apos;issue de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>the last day of the last lease (the household left)</source>
        <translation>le dernier jour du dernier bail (le ménage est parti)</translation>
    </message>
    <message>
        <source>the reason for leaving the dwelling</source>
        <translation>le motif de sortie du logement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>preparing the journal</source>
        <translation>pendant la préparation du journal</translation>
    </message>
    <message>
        <source>writing the journal</source>
        <translation>pendant l&apos;écriture du journal</translation>
    </message>
    <message>
        <source>The guards that keep the journal append-only were removed from the database: someone changed it outside Passerelle.</source>
        <translation>Les protections qui rendent le journal non modifiable ont été retirées de la base&#xa0;: quelqu&apos;un l&apos;a modifiée en dehors de Passerelle.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n entries of the journal were deleted.</source>
        <translation>
            <numerusform>La première entrée du journal a été supprimée.</numerusform>
            <numerusform>Les %n premières entrées du journal ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry %1 of the journal was deleted.</source>
        <translation>L&apos;entrée %1 du journal a été supprimée.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of the journal were deleted.</source>
        <translation>Les entrées %1 à %2 du journal ont été supprimées.</translation>
    </message>
    <message>
        <source>The entry %1 of the journal is out of order.</source>
        <translation>L&apos;entrée %1 du journal n&apos;est pas à sa place.</translation>
    </message>
    <message>
        <source>The entry %1 of the journal does not follow the entry before it: an entry before it was altered or replaced.</source>
        <translation>L&apos;entrée %1 du journal ne suit pas l&apos;entrée précédente&#xa0;: une entrée antérieure a été modifiée ou remplacée.</translation>
    </message>
    <message>
        <source>The entry %1 of the journal was altered after it was written.</source>
        <translation>L&apos;entrée %1 du journal a été modifiée après son écriture.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n entries of the journal were deleted.</source>
        <translation>
            <numerusform>La dernière entrée du journal a été supprimée.</numerusform>
            <numerusform>Les %n dernières entrées du journal ont été supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>N° d&apos;entrée</translation>
    </message>
    <message>
        <source>The purge of the journal removed %1 entries instead of %2: nothing was purged. Run the retention again.</source>
        <translation>La purge du journal a retiré %1 entrées au lieu de %2&#xa0;: rien n&apos;a été purgé. Relancez la conservation.</translation>
    </message>
</context>
<context>
    <name>KeptPdf</name>
    <message>
        <source>The PDF kept in the base cannot be read (it may be damaged). Save a copy of it and open it in a PDF reader, or restore the base from a backup.</source>
        <translation>Le PDF conservé dans la base ne peut pas être lu (il est peut-être endommagé). Enregistrez-en une copie et ouvrez-la dans un lecteur de PDF, ou restaurez la base depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The printer could not start: check that it is ready, then print again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer&#xa0;: vérifiez qu&apos;elle est prête, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>The printer stopped at page %1: check it, then print again.</source>
        <translation>L&apos;imprimante s&apos;est arrêtée à la page %1&#xa0;: vérifiez-la, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>Page %1 of the kept PDF cannot be drawn.</source>
        <translation>La page %1 du PDF conservé ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>OrganisationLogo</name>
    <message>
        <source>The logo file is empty.</source>
        <translation>Le fichier du logo est vide.</translation>
    </message>
    <message>
        <source>The logo weighs %1 MB: choose an image of 2 MB at most.</source>
        <translation>Le logo pèse %1 Mo&#xa0;: choisissez une image de 2 Mo au plus.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Le logo doit être une image PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>The logo cannot be read: the image is damaged.</source>
        <translation>Le logo ne peut pas être lu&#xa0;: l&apos;image est endommagée.</translation>
    </message>
    <message>
        <source>The landlord&apos;s name is required.</source>
        <translation>Le nom du bailleur est obligatoire.</translation>
    </message>
    <message>
        <source>A postal code has five digits (e.g. 31000).</source>
        <translation>Un code postal compte cinq chiffres (par exemple 31000).</translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation>Cette adresse électronique n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The logo&apos;s type does not match its content: choose it again.</source>
        <translation>Le type du logo ne correspond pas à son contenu&#xa0;: choisissez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>The landlord&apos;s name is required.</source>
        <translation>Le nom du bailleur est obligatoire.</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>This partner does not exist.</source>
        <translation>Ce partenaire n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Passerelle::About</name>
    <message>
        <source>Passerelle %1</source>
        <translation>Passerelle %1</translation>
    </message>
    <message>
        <source>Licence: %1 (GNU General Public License, version 3 or later). Free software, without any warranty.</source>
        <translation>Licence : %1 (licence publique générale GNU, version 3 ou ultérieure). Logiciel libre, sans aucune garantie.</translation>
    </message>
    <message>
        <source>Source code: %1</source>
        <translation>Code source : %1</translation>
    </message>
    <message>
        <source>Qt %1, SQLite %2</source>
        <translation>Qt %1, SQLite %2</translation>
    </message>
    <message>
        <source>(Qt&apos;s SQLite driver is missing)</source>
        <translation>(le pilote SQLite de Qt est absent)</translation>
    </message>
</context>
<context>
    <name>Passerelle::TemplateDocument</name>
    <message>
        <source>%1: the filled-in document is far too long (more than %2 MB of HTML). Check the lists of the template, then print again.</source>
        <translation>%1&#xa0;: le document rempli est beaucoup trop long (plus de %2 Mo de HTML). Vérifiez les listes du modèle, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>%1: the length “%2” is far too large (at most %3 pixels, %4 for a font size): the document could not be laid out. Correct it in the template, then print again.</source>
        <translation>%1&#xa0;: la longueur «&#xa0;%2&#xa0;» est beaucoup trop grande (%3 pixels au plus, %4 pour une taille de police)&#xa0;: le document ne pourrait pas être mis en page. Corrigez-la dans le modèle, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>%1: tables are nested more than %2 deep inside one another; laying them out would take far too long. Simplify the tables of the template (and close each one with “&lt;/table&gt;”), then print again.</source>
        <translation>%1&#xa0;: les tableaux sont imbriqués sur plus de %2 niveaux les uns dans les autres&#xa0;; leur mise en page prendrait beaucoup trop de temps. Simplifiez les tableaux du modèle (et refermez chacun par «&#xa0;&lt;/table&gt;&#xa0;»), puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>%1: a list has more than %2 items; laying it out would take far too long. Split the list (or make it a table), then print again.</source>
        <translation>%1&#xa0;: une liste compte plus de %2 éléments&#xa0;; sa mise en page prendrait beaucoup trop de temps. Coupez la liste (ou faites-en un tableau), puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>%1: the HTML elements are nested more than %2 levels deep (at “&lt;%3&gt;”). Close each element the template opens (“&lt;/%3&gt;”), then print again.</source>
        <translation>%1&#xa0;: les éléments HTML sont imbriqués sur plus de %2 niveaux (à «&#xa0;&lt;%3&gt;&#xa0;»). Refermez chaque élément que le modèle ouvre («&#xa0;&lt;/%3&gt;&#xa0;»), puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>%1: the document has more than %2 paragraphs and table cells; laying it out would take far too long. Check the lists of the template, then print again.</source>
        <translation>%1&#xa0;: le document compte plus de %2 paragraphes et cellules de tableau&#xa0;; sa mise en page prendrait beaucoup trop de temps. Vérifiez les listes du modèle, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>%1: the image or style sheet “%2” cannot be used: %3</source>
        <translation>%1&#xa0;: l&apos;image ou la feuille de style «&#xa0;%2&#xa0;» ne peut pas être utilisée&#xa0;: %3</translation>
    </message>
    <message>
        <source>the images and style sheets of the document add up to more than %1 MB. Use smaller images.</source>
        <translation>les images et feuilles de style du document dépassent ensemble %1 Mo. Utilisez des images plus petites.</translation>
    </message>
    <message>
        <source>it holds the length “%1”, far too large (at most %2 pixels, %3 for a font size) for the document to be laid out. Correct it, then print again.</source>
        <translation>elle contient la longueur «&#xa0;%1&#xa0;», beaucoup trop grande (%2 pixels au plus, %3 pour une taille de police) pour que le document soit mis en page. Corrigez-la, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>the image is %1 × %2 pixels (at most %3 on a side and %4 million in all). Make it smaller, then print again.</source>
        <translation>l&apos;image fait %1 × %2 pixels (au plus %3 de côté et %4 millions en tout). Réduisez-la, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>it is not an image Passerelle can read. Save it as PNG or JPEG, then print again.</source>
        <translation>ce n&apos;est pas une image que Passerelle sait lire. Enregistrez-la en PNG ou en JPEG, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>the data: address has no “,”.</source>
        <translation>l&apos;adresse data: n&apos;a pas de «&#xa0;,&#xa0;».</translation>
    </message>
    <message>
        <source>it is larger than %1 MB. Use a smaller image.</source>
        <translation>elle dépasse %1 Mo. Utilisez une image plus petite.</translation>
    </message>
    <message>
        <source>the templates shipped with Passerelle load no file. Choose a templates folder in the settings and put the image in it.</source>
        <translation>les modèles fournis avec Passerelle ne chargent aucun fichier. Choisissez un dossier de modèles dans les paramètres et mettez-y l&apos;image.</translation>
    </message>
    <message>
        <source>Passerelle has no image of that name. The landlord&apos;s logo is “passerelle:logo”, given only when a logo is chosen: show it inside {{#organisation.logo}}…{{/organisation.logo}}.</source>
        <translation>Passerelle n&apos;a pas d&apos;image de ce nom. Le logo du bailleur est «&#xa0;passerelle:logo&#xa0;», fourni seulement quand un logo est choisi&#xa0;: affichez-le entre {{#organisation.logo}} et {{/organisation.logo}}.</translation>
    </message>
    <message>
        <source>only files of the templates folder are loaded, never addresses. Copy the image into the templates folder and name it alone (src=&quot;logo.png&quot;).</source>
        <translation>seuls les fichiers du dossier des modèles sont chargés, jamais des adresses. Copiez l&apos;image dans le dossier des modèles et nommez-la seule (src=&quot;logo.png&quot;).</translation>
    </message>
    <message>
        <source>Passerelle has no resource of that name.</source>
        <translation>Passerelle n&apos;a pas de ressource de ce nom.</translation>
    </message>
    <message>
        <source>there is no such file in the templates folder. Check its name, or copy it there.</source>
        <translation>aucun fichier de ce nom dans le dossier des modèles. Vérifiez son nom, ou copiez-le dans ce dossier.</translation>
    </message>
    <message>
        <source>it is outside the templates folder, and only the templates folder&apos;s own files are loaded. Copy the image into the templates folder and name it alone (src=&quot;logo.png&quot;).</source>
        <translation>elle est hors du dossier des modèles, et seuls les fichiers propres à ce dossier sont chargés. Copiez l&apos;image dans le dossier des modèles et nommez-la seule (src=&quot;logo.png&quot;).</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ActionEditor</name>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouveau dispositif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>e.g. LAAVA</source>
        <translation>par exemple LAAVA</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 10 000 logements Hlm accompagnés</source>
        <translation>par exemple 10 000 logements Hlm accompagnés</translation>
    </message>
    <message>
        <source>Call for &amp;projects:</source>
        <translation>A&amp;ppel à projets&#xa0;:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Year of the call:</source>
        <translation>&amp;Année de l&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lead partner:</source>
        <translation>Partenaire &amp;pilote&#xa0;:</translation>
    </message>
    <message>
        <source>Terr&amp;itory:</source>
        <translation>Terr&amp;itoire&#xa0;:</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>&amp;Date de début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Date de &amp;fin&#xa0;:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>Publics, targets and budget</source>
        <translation>Publics, objectifs et budget</translation>
    </message>
    <message>
        <source>P&amp;ublics targeted:</source>
        <translation>P&amp;ublics visés&#xa0;:</translation>
    </message>
    <message>
        <source> households</source>
        <translation> ménages</translation>
    </message>
    <message>
        <source>Target, ne&amp;w entrants:</source>
        <translation>Objectif, &amp;nouveaux entrants&#xa0;:</translation>
    </message>
    <message>
        <source>Target, e&amp;xisting tenants:</source>
        <translation>Objectif, locataires &amp;en place&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget&#xa0;:</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Perçu</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Accordé le</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Perçu le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add a funding line</source>
        <translation>Ajouter un financement</translation>
    </message>
    <message>
        <source>No funding line yet — add one with the button below.</source>
        <translation>Aucun financement pour l&apos;instant — ajoutez-en un avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Payée à</translation>
    </message>
    <message>
        <source>Add an expense</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <source>No expense yet — add one with the button below.</source>
        <translation>Aucune dépense pour l&apos;instant — ajoutez-en une avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Balance (received − spent)</source>
        <translation>Solde (perçu − dépensé)</translation>
    </message>
    <message>
        <source>Still to receive</source>
        <translation>Reste à percevoir</translation>
    </message>
    <message>
        <source>Budget not covered by funding</source>
        <translation>Budget non couvert par les financements</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>%1 new, %2 existing</source>
        <translation>%1 nouveaux, %2 en place</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Changer le code</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Changer le nom</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>Changer la catégorie</translation>
    </message>
    <message>
        <source>Change the call for projects</source>
        <translation>Changer l&apos;appel à projets</translation>
    </message>
    <message>
        <source>Change the year of the call</source>
        <translation>Changer l&apos;année de l&apos;appel</translation>
    </message>
    <message>
        <source>Change the lead partner</source>
        <translation>Changer le partenaire porteur</translation>
    </message>
    <message>
        <source>Change the territory</source>
        <translation>Changer le territoire</translation>
    </message>
    <message>
        <source>Change the start date</source>
        <translation>Changer la date de début</translation>
    </message>
    <message>
        <source>Change the end date</source>
        <translation>Changer la date de fin</translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Change the target of new entrants</source>
        <translation>Changer l&apos;objectif de nouveaux entrants</translation>
    </message>
    <message>
        <source>Change the target of existing tenants</source>
        <translation>Changer l&apos;objectif de locataires en place</translation>
    </message>
    <message>
        <source>Change the budget</source>
        <translation>Changer le budget</translation>
    </message>
    <message>
        <source>Change the publics targeted</source>
        <translation>Changer les publics visés</translation>
    </message>
    <message>
        <source>Edit the funding</source>
        <translation>Modifier les financements</translation>
    </message>
    <message>
        <source>Edit the expenses</source>
        <translation>Modifier les dépenses</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ActionsPartnersPage</name>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Dispositifs</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>Actions &amp; partners</source>
        <translation>Dispositifs &amp; partenaires</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::AdministrationPage</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gences</translation>
    </message>
    <message>
        <source>&amp;Reference lists</source>
        <translation>&amp;Listes de référence</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Conservation</source>
        <translation>&amp;Conservation</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::AgencyEditor</name>
    <message>
        <source>New agency</source>
        <translation>Nouvelle agence</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>e.g. TLS-NORD</source>
        <translation>par exemple TLS-NORD</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Communes or districts covered</source>
        <translation>Communes ou quartiers couverts</translation>
    </message>
    <message>
        <source>Terr&amp;itory:</source>
        <translation>Terr&amp;itoire&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Active (offered in the choices)</source>
        <translation>&amp;Active (proposée dans les choix)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Changer le code</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Changer le nom</translation>
    </message>
    <message>
        <source>Change the territory</source>
        <translation>Changer le territoire</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Changer l&apos;adresse</translation>
    </message>
    <message>
        <source>Change the phone</source>
        <translation>Changer le téléphone</translation>
    </message>
    <message>
        <source>Activate or deactivate</source>
        <translation>Activer ou désactiver</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::BackupActions</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Back up the base</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <source>Passerelle backups (*.sqlite)</source>
        <translation>Sauvegardes Passerelle (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the base…</source>
        <translation>Sauvegarde de la base…</translation>
    </message>
    <message>
        <source>The base was backed up and the copy checked:
%1

The file is readable by you only. Keep a copy on another disk.</source>
        <translation>La base a été sauvegardée et la copie vérifiée&#xa0;:
%1

Le fichier n&apos;est lisible que par vous. Gardez-en une copie sur un autre disque.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>On a PostgreSQL server, restoring is the server&apos;s job: ask its administrator (pg_restore).</source>
        <translation>Sur un serveur PostgreSQL, la restauration est l&apos;affaire du serveur&#xa0;: demandez-la à son administrateur (pg_restore).</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup “%1” is sound: %2 households, %3 contacts, written on %4.

Replace the base in use by this backup? Everything entered since the backup will be missing from the base; the base in use is kept aside, beside it, under a name ending in « avant-restauration ». Passerelle closes its windows and opens the restored base.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» est saine&#xa0;: %2 ménages, %3 contacts, écrite le %4.

Remplacer la base utilisée par cette sauvegarde&#xa0;? Tout ce qui a été saisi depuis la sauvegarde manquera dans la base&#xa0;; la base utilisée est gardée de côté, à côté d&apos;elle, sous un nom contenant «&#xa0;avant-restauration&#xa0;». Passerelle ferme ses fenêtres et ouvre la base restaurée.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ChildTable</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
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
    <name>Passerelle::Ui::CommitteeForm</name>
    <message>
        <source>Committee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Agency meeting room</source>
        <translation>par exemple Salle de réunion de l&apos;agence</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Parti&amp;cipants (one per line):</source>
        <translation>&amp;Participants (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Name (role or organisation)
One participant per line</source>
        <translation>Nom (fonction ou structure)
Un participant par ligne</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>What was said and agreed, for the record (&amp;minutes):</source>
        <translation>Ce qui a été dit et convenu, pour mémoire (&amp;compte rendu)&#xa0;:</translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation>Modifier l&apos;agence</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Modifier l&apos;heure</translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Edit the participants</source>
        <translation>Modifier les participants</translation>
    </message>
    <message>
        <source>Edit the minutes</source>
        <translation>Modifier le compte rendu</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::CommitteeList</name>
    <message>
        <source>Agenc&amp;y:</source>
        <translation>A&amp;gence&#xa0;:</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Households listed for review</source>
        <translation>Ménages inscrits pour examen</translation>
    </message>
    <message>
        <source>Decisions recorded</source>
        <translation>Décisions enregistrées</translation>
    </message>
    <message>
        <source>Follow-up committees</source>
        <translation>Commissions de suivi</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>À venir (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Passées (%1)</translation>
    </message>
    <message>
        <source>No committee for this agency yet — prepare one with “New committee”.</source>
        <translation>Aucune commission pour cette agence pour l&apos;instant — préparez-en une avec «&#xa0;Nouvelle commission&#xa0;».</translation>
    </message>
    <message>
        <source>No committee yet — prepare one with “New committee”.</source>
        <translation>Aucune commission pour l&apos;instant — préparez-en une avec «&#xa0;Nouvelle commission&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::CommitteesPage</name>
    <message>
        <source>&amp;New committee</source>
        <translation>&amp;Nouvelle commission</translation>
    </message>
    <message>
        <source>Prepare a follow-up committee for the agency shown</source>
        <translation>Préparer une commission de suivi pour l&apos;agence affichée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Follow-up committees</source>
        <translation>Commissions de suivi</translation>
    </message>
    <message>
        <source>Choose a committee in the list, or prepare one with “New committee”.</source>
        <translation>Choisissez une commission dans la liste, ou préparez-en une avec «&#xa0;Nouvelle commission&#xa0;».</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete this committee, its minutes and its decisions</source>
        <translation>Supprimer cette commission, son compte rendu et ses décisions</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Go back to the committee as saved (can be undone)</source>
        <translation>Revenir à la commission telle qu&apos;enregistrée (peut être annulé)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the committee (Ctrl+S); each decision is recorded in the household&apos;s history</source>
        <translation>Enregistrer la commission (Ctrl+S)&#xa0;; chaque décision est inscrite dans l&apos;historique du ménage</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>this committee</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>the new committee</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>of %1 (%2)</source>
        <translation>du %1 (%2)</translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>Nouvelle commission</translation>
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
        <source>Revert the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Delete the committee</source>
        <translation>Supprimer la commission</translation>
    </message>
    <message>
        <source>Delete the committee %1?</source>
        <translation>Supprimer la commission %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its participants, its minutes and the %n decision(s) recorded will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Ses participants, son compte rendu et %n décision enregistrée seront supprimés. Cette action est irréversible.</numerusform>
            <numerusform>Ses participants, son compte rendu et les %n décisions enregistrées seront supprimés. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The committee %1 has changes that are not saved.</source>
        <translation>La commission %1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>The agenda of the committee: the households to review, without any sensitive detail</source>
        <translation>L&apos;ordre du jour de la commission&#xa0;: les ménages à examiner, sans aucun détail sensible</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Imprimer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>The agenda prints the committee as saved, and it has unsaved changes. Save them now?</source>
        <translation>L&apos;ordre du jour imprime la commission telle qu&apos;elle est enregistrée, et elle comporte des modifications non enregistrées. Les enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Agenda of the committee %1</source>
        <translation>Ordre du jour de la commission %1</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Enregistrer en &amp;ODT…</translation>
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
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Chiffrement (TLS)&#xa0;:</translation>
    </message>
    <message>
        <source>The password is never saved: Passerelle asks for it when it connects (or reads it from PGPASSWORD).</source>
        <translation>Le mot de passe n&apos;est jamais enregistré&#xa0;: Passerelle le demande à la connexion (ou le lit dans PGPASSWORD).</translation>
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
        <translation>Indiquez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Indiquez le nom de la base sur le serveur.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Indiquez votre nom d&apos;utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1 (it is not saved):</source>
        <translation>Mot de passe pour %1 (il n&apos;est pas enregistré)&#xa0;:</translation>
    </message>
    <message>
        <source>Open an existing database file</source>
        <translation>Ouvrir le fichier d&apos;une base existante</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Name the file of a new, empty database</source>
        <translation>Nommer le fichier d&apos;une nouvelle base, vide</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Passerelle databases (*.sqlite);;All files (*)</source>
        <translation>Bases Passerelle (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>“%1” already exists: choose it with Browse… to open it, or give a new name.</source>
        <translation>« %1 » existe déjà&#xa0;: choisissez-le avec Parcourir… pour l&apos;ouvrir, ou donnez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ContractTab</name>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>The household has several supports: choose whose contract to show.</source>
        <translation>Le ménage a plusieurs accompagnements&#xa0;: choisissez celui dont le contrat s&apos;affiche.</translation>
    </message>
    <message>
        <source>&amp;Create the contract</source>
        <translation>&amp;Créer le contrat</translation>
    </message>
    <message>
        <source>Create the contract</source>
        <translation>Créer le contrat</translation>
    </message>
    <message>
        <source>Tripartite contract</source>
        <translation>Contrat tripartite</translation>
    </message>
    <message>
        <source>where it is signed</source>
        <translation>lieu de signature</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting &amp;frequency:</source>
        <translation>&amp;Fréquence des rencontres&#xa0;:</translation>
    </message>
    <message>
        <source>Consent to data process&amp;ing:</source>
        <translation>Co&amp;nsentement au traitement des données&#xa0;:</translation>
    </message>
    <message>
        <source>Signs for the &amp;landlord:</source>
        <translation>Si&amp;gne pour le bailleur&#xa0;:</translation>
    </message>
    <message>
        <source>Signs for the &amp;association:</source>
        <translation>Signe pour l&apos;&amp;association&#xa0;:</translation>
    </message>
    <message>
        <source>Signs for the household:</source>
        <translation>Signe(nt) pour le ménage&#xa0;:</translation>
    </message>
    <message>
        <source>Change the place of the contract</source>
        <translation>Modifier le lieu du contrat</translation>
    </message>
    <message>
        <source>Change the duration of the contract</source>
        <translation>Modifier la durée du contrat</translation>
    </message>
    <message>
        <source>Change the meeting frequency</source>
        <translation>Modifier la fréquence des rencontres</translation>
    </message>
    <message>
        <source>Change the date of consent</source>
        <translation>Modifier la date du consentement</translation>
    </message>
    <message>
        <source>Change who signs for the landlord</source>
        <translation>Modifier le signataire pour le bailleur</translation>
    </message>
    <message>
        <source>Change who signs for the association</source>
        <translation>Modifier le signataire pour l&apos;association</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Of the &amp;household:</source>
        <translation>Du &amp;ménage&#xa0;:</translation>
    </message>
    <message>
        <source>Of the ass&amp;ociation:</source>
        <translation>De l&apos;ass&amp;ociation&#xa0;:</translation>
    </message>
    <message>
        <source>Of the la&amp;ndlord:</source>
        <translation>Du baille&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Change the household&apos;s commitments</source>
        <translation>Modifier les engagements du ménage</translation>
    </message>
    <message>
        <source>Change the association&apos;s commitments</source>
        <translation>Modifier les engagements de l&apos;association</translation>
    </message>
    <message>
        <source>Change the landlord&apos;s commitments</source>
        <translation>Modifier les engagements du bailleur</translation>
    </message>
    <message>
        <source>Versions (initial contract, amendments, renewals)</source>
        <translation>Versions (contrat initial, avenants, renouvellements)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>Adds a renewal starting the day after the current version ends, for the same length.</source>
        <translation>Ajoute un renouvellement qui commence le lendemain de la fin de la version en cours, pour la même durée.</translation>
    </message>
    <message>
        <source>A&amp;mendment</source>
        <translation>A&amp;venant</translation>
    </message>
    <message>
        <source>Adds an amendment for the rest of the current period.</source>
        <translation>Ajoute un avenant pour le reste de la période en cours.</translation>
    </message>
    <message>
        <source>Remove the last version</source>
        <translation>Supprimer la dernière version</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Signé l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>F&amp;in&#xa0;:</translation>
    </message>
    <message>
        <source>Notes of the &amp;version:</source>
        <translation>Note&amp;s de la version&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the last version of the contract</source>
        <translation>Supprimer la dernière version du contrat</translation>
    </message>
    <message>
        <source>Change the kind of version</source>
        <translation>Modifier le type de version</translation>
    </message>
    <message>
        <source>Change the date of signature</source>
        <translation>Modifier la date de signature</translation>
    </message>
    <message>
        <source>Change the start of the version</source>
        <translation>Modifier le début de la version</translation>
    </message>
    <message>
        <source>Change the end of the version</source>
        <translation>Modifier la fin de la version</translation>
    </message>
    <message>
        <source>Change the notes of the version</source>
        <translation>Modifier les notes de la version</translation>
    </message>
    <message>
        <source>Renew the contract</source>
        <translation>Renouveler le contrat</translation>
    </message>
    <message>
        <source>Add an amendment to the contract</source>
        <translation>Ajouter un avenant au contrat</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Accompagnement&#xa0;:</translation>
    </message>
    <message>
        <source>No support yet</source>
        <translation>Aucun accompagnement pour l&apos;instant</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Accompagnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No contract for this support yet — create it: the initial version starts with the support, for 12 months.</source>
        <translation>Pas encore de contrat pour cet accompagnement — créez-le&#xa0;: la version initiale commence avec l&apos;accompagnement, pour 12 mois.</translation>
    </message>
    <message>
        <source>This household has no support yet: add one in the Situation tab; its tripartite contract is then written here.</source>
        <translation>Ce ménage n&apos;a pas encore d&apos;accompagnement&#xa0;: ajoutez-en un dans l&apos;onglet Situation&#xa0;; son contrat tripartite se rédige ensuite ici.</translation>
    </message>
    <message>
        <source>nobody yet — tick “Signs” for the members in the Situation tab</source>
        <translation>personne pour l&apos;instant — cochez «&#xa0;Signe&#xa0;» pour les membres dans l&apos;onglet Situation</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>Current version: no. %1 (%2), from %3 to %4.</source>
        <translation>Version en cours&#xa0;: n° %1 (%2), du %3 au %4.</translation>
    </message>
    <message>
        <source>No version yet.</source>
        <translation>Aucune version pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the contract as it will print, then print it</source>
        <translation>Voir le contrat tel qu&apos;il sera imprimé, puis l&apos;imprimer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the contract, in the version selected (Ctrl+P)</source>
        <translation>Imprimer le contrat, dans la version sélectionnée (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the contract, in the version selected, as a PDF file</source>
        <translation>Enregistrer le contrat, dans la version sélectionnée, en fichier PDF</translation>
    </message>
    <message>
        <source>Printed versions</source>
        <translation>Exemplaires imprimés</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>Empreinte SHA-256 du PDF</translation>
    </message>
    <message>
        <source>Each print of the contract is kept with it: the PDF, and its SHA-256 fingerprint to recognise the text that was signed.</source>
        <translation>Chaque impression du contrat est conservée avec lui&#xa0;: le PDF, et son empreinte SHA-256 pour reconnaître le texte qui a été signé.</translation>
    </message>
    <message>
        <source>Save a &amp;copy of this print…</source>
        <translation>Enregistrer une &amp;copie de cet exemplaire…</translation>
    </message>
    <message>
        <source>Saves the PDF exactly as it was printed then</source>
        <translation>Enregistre le PDF exactement tel qu&apos;il a été imprimé</translation>
    </message>
    <message>
        <source>Contract %1 version %2 printed %3</source>
        <translation>Contrat %1 version %2 imprimé %3</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>Pas encore imprimé.</translation>
    </message>
    <message>
        <source>The contract prints once it is saved.</source>
        <translation>Le contrat s&apos;imprime une fois enregistré.</translation>
    </message>
    <message>
        <source>Print the contract</source>
        <translation>Imprimer le contrat</translation>
    </message>
    <message>
        <source>Contract %1 version %2</source>
        <translation>Contrat %1 version %2</translation>
    </message>
    <message>
        <source>The contract was printed, but the print could not be kept with it: %1</source>
        <translation>Le contrat a été imprimé, mais l&apos;exemplaire n&apos;a pas pu être conservé avec lui&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Version no. %1 printed (%n page(s)); SHA-256 of the PDF: %2.</source>
        <translation>
            <numerusform>Version n° %1 imprimée (%n page)&#xa0;; empreinte SHA-256 du PDF&#xa0;: %2.</numerusform>
            <numerusform>Version n° %1 imprimée (%n pages)&#xa0;; empreinte SHA-256 du PDF&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before printing, check the support plan:</source>
        <translation>Avant d&apos;imprimer, vérifiez le plan d&apos;accompagnement&#xa0;:</translation>
    </message>
    <message>
        <source>Print the contract anyway?</source>
        <translation>Imprimer le contrat quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Enregistrer en &amp;ODT…</translation>
    </message>
    <message>
        <source>Save the contract, in the version selected, as an OpenDocument text to edit once in LibreOffice (the text printed from the data, not the version kept as signed)</source>
        <translation>Enregistre le contrat, dans la version choisie, en texte OpenDocument à modifier ponctuellement dans LibreOffice (le texte établi à partir des données, pas la version conservée telle que signée)</translation>
    </message>
    <message>
        <source>Signed contracts (scans)</source>
        <translation>Contrats signés (scans)</translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation>Joint le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The scan of each signed version (PDF, JPEG or PNG, up to %1 MB), with its SHA-256 fingerprint.</source>
        <translation>Le scan de chaque version signée (PDF, JPEG ou PNG, jusqu&apos;à %1 Mo), avec son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Attach the si&amp;gned scan…</source>
        <translation>Joindre le scan si&amp;gné…</translation>
    </message>
    <message>
        <source>Attaches the scan of the signed contract to the version selected above</source>
        <translation>Joint le scan du contrat signé à la version choisie ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Remo&amp;ve the scan</source>
        <translation>Reti&amp;rer le scan</translation>
    </message>
    <message>
        <source>Removes a scan attached by mistake (a wrong file or version)</source>
        <translation>Retire un scan joint par erreur (mauvais fichier ou mauvaise version)</translation>
    </message>
    <message>
        <source>Signed contract %1 — version %2</source>
        <translation>Contrat signé %1 — version %2</translation>
    </message>
    <message>
        <source>Remove the scan</source>
        <translation>Retirer le scan</translation>
    </message>
    <message>
        <source>Remove the scan “%1” of version no. %2?</source>
        <translation>Retirer le scan « %1 » de la version n° %2&#xa0;?</translation>
    </message>
    <message>
        <source>Do it only for a scan attached by mistake. The removal is kept in the journal.</source>
        <translation>À faire seulement pour un scan joint par erreur. Le retrait est conservé dans le journal.</translation>
    </message>
    <message>
        <source>No signed scan attached yet.</source>
        <translation>Aucun scan signé joint pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Attach the signed scan</source>
        <translation>Joindre le scan signé</translation>
    </message>
    <message>
        <source>Scan of the signed contract, version no. %1</source>
        <translation>Scan du contrat signé, version n° %1</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Scan of version no. %1 attached; SHA-256: %2.</source>
        <translation>Scan de la version n° %1 joint&#xa0;; SHA-256&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Version no. %1 printed again as it was printed on %2 and signed (%n page(s)); SHA-256 of the PDF: %3.</source>
        <translation>
            <numerusform>Version n° %1 imprimée à nouveau telle qu&apos;imprimée le %2 et signée (%n page)&#xa0;; SHA-256 du PDF&#xa0;: %3.</numerusform>
            <numerusform>Version n° %1 imprimée à nouveau telle qu&apos;imprimée le %2 et signée (%n pages)&#xa0;; SHA-256 du PDF&#xa0;: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::DashboardListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;No contact for more than</source>
        <translation>Sa&amp;ns contact depuis plus de</translation>
    </message>
    <message>
        <source>Number of days without contact</source>
        <translation>Nombre de jours sans contact</translation>
    </message>
    <message>
        <source>A followed household is listed as without contact when its last contact (or the start of its support, when it never had one) is older than this. The setting is shared by every user of the database.</source>
        <translation>Un ménage accompagné est signalé sans contact lorsque son dernier contact (ou le début de son accompagnement, s&apos;il n&apos;en a jamais eu) est plus ancien que cela. Le réglage est commun à tous les utilisateurs de la base.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Reload the dashboard (%1)</source>
        <translation>Actualiser le tableau de bord (%1)</translation>
    </message>
    <message>
        <source>Reload the dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
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
        <source>Households followed</source>
        <translation>Ménages accompagnés</translation>
    </message>
    <message>
        <source>Support since</source>
        <translation>Accompagné depuis le</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Without contact</source>
        <translation>Sans contact</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Jours sans contact</translation>
    </message>
    <message>
        <source>Contracts ending within 30 days</source>
        <translation>Contrats arrivant à échéance sous 30 jours</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>End of contract</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Objectives overdue</source>
        <translation>Objectifs en retard</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance prévue</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes en cours</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Ouverte depuis</translation>
    </message>
    <message>
        <source>Tripartite meetings to come</source>
        <translation>Rendez-vous tripartites à venir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Bail glissant reviews due</source>
        <translation>Révisions de bail glissant à faire</translation>
    </message>
    <message>
        <source>Lease start</source>
        <translation>Début du bail</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière révision</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Révision prévue le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show the list: %1</source>
        <translation>Afficher la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open the household&apos;s file.</source>
        <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour ouvrir le dossier du ménage.</translation>
    </message>
    <message>
        <source>Next follow-up committee</source>
        <translation>Prochaine commission de suivi</translation>
    </message>
    <message>
        <source>Households to review</source>
        <translation>Ménages à examiner</translation>
    </message>
    <message>
        <source>Open the &amp;committees</source>
        <translation>Ouvrir les &amp;commissions</translation>
    </message>
    <message>
        <source>Show the follow-up committees page</source>
        <translation>Afficher la page des commissions de suivi</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Chart of the contacts per month</source>
        <translation>Graphique des contacts par mois</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n contact</numerusform>
            <numerusform>%1&#xa0;: %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Le tableau de bord n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>No contact since the start of support on %1</source>
        <translation>Aucun contact depuis le début de l&apos;accompagnement le %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à faire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>à faire dans %n jour</numerusform>
            <numerusform>à faire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No household is followed here for now: a household is followed once its support has started.</source>
        <translation>Aucun ménage accompagné ici pour l&apos;instant&#xa0;: un ménage est accompagné dès que son accompagnement a commencé.</translation>
    </message>
    <message numerus="yes">
        <source>Every followed household had a contact within the last %n day(s).</source>
        <translation>
            <numerusform>Tous les ménages accompagnés ont eu un contact il y a %n jour au plus.</numerusform>
            <numerusform>Tous les ménages accompagnés ont eu un contact il y a %n jours au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract ends within the next 30 days.</source>
        <translation>Aucun contrat n&apos;arrive à échéance dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>No objective is overdue.</source>
        <translation>Aucun objectif en retard.</translation>
    </message>
    <message>
        <source>No open alert.</source>
        <translation>Aucune alerte en cours.</translation>
    </message>
    <message>
        <source>No tripartite meeting planned: plan one from the Meetings tab of a household&apos;s file.</source>
        <translation>Aucun rendez-vous tripartite prévu&#xa0;: planifiez-en un depuis l&apos;onglet Rendez-vous du dossier d&apos;un ménage.</translation>
    </message>
    <message>
        <source>No bail glissant review is due within the next 30 days.</source>
        <translation>Aucune révision de bail glissant à faire dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>Households whose support has started and not ended.</source>
        <translation>Ménages dont l&apos;accompagnement a commencé et n&apos;est pas terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Followed households whose last contact (or start of support, when they never had one) is more than %n day(s) old; longest silence first.</source>
        <translation>
            <numerusform>Ménages accompagnés dont le dernier contact (ou le début de l&apos;accompagnement, s&apos;ils n&apos;en ont jamais eu) date de plus de %n jour&#xa0;; les plus longs silences d&apos;abord.</numerusform>
            <numerusform>Ménages accompagnés dont le dernier contact (ou le début de l&apos;accompagnement, s&apos;ils n&apos;en ont jamais eu) date de plus de %n jours&#xa0;; les plus longs silences d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contracts whose current version ends today or within 30 days; soonest first.</source>
        <translation>Contrats dont la version en cours se termine aujourd&apos;hui ou dans les 30 jours&#xa0;; les plus proches d&apos;abord.</translation>
    </message>
    <message>
        <source>Objectives to do or in progress whose target date has passed; oldest first.</source>
        <translation>Objectifs à faire ou en cours dont l&apos;échéance est dépassée&#xa0;; les plus anciens d&apos;abord.</translation>
    </message>
    <message>
        <source>Alerts not closed yet, oldest first.</source>
        <translation>Alertes non encore closes, les plus anciennes d&apos;abord.</translation>
    </message>
    <message>
        <source>Meetings dated today or later whose outcome is not recorded yet; soonest first.</source>
        <translation>Rendez-vous datés d&apos;aujourd&apos;hui ou plus tard dont l&apos;issue n&apos;est pas encore saisie&#xa0;; les plus proches d&apos;abord.</translation>
    </message>
    <message>
        <source>Running bail glissant leases whose six-monthly review (after the last one, or after the start of the lease) is due within 30 days or overdue.</source>
        <translation>Baux glissants en cours dont la révision semestrielle (après la dernière, ou après le début du bail) est à faire dans les 30 jours ou en retard.</translation>
    </message>
    <message numerus="yes">
        <source>Without contact for more than %n day(s)</source>
        <translation>
            <numerusform>Sans contact depuis plus de %n jour</numerusform>
            <numerusform>Sans contact depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up committee planned.</source>
        <translation>Aucune commission de suivi prévue.</translation>
    </message>
    <message>
        <source>Plan the next one on the committees page, with the households to review.</source>
        <translation>Planifiez la prochaine sur la page des commissions, avec les ménages à examiner.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) to review</source>
        <translation>
            <numerusform>%n ménage à examiner</numerusform>
            <numerusform>%n ménages à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the household&apos;s file</source>
        <translation>Double-cliquez pour ouvrir le dossier du ménage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) over the last 12 months</source>
        <translation>
            <numerusform>%n contact sur les 12 derniers mois</numerusform>
            <numerusform>%n contacts sur les 12 derniers mois</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Le réglage n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the dashboard</source>
        <translation>Chargement du tableau de bord</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Chargement du tableau de bord…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Post-support checks to do</source>
        <translation>Vérifications post-accompagnement à faire</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n month(s)</source>
        <translation>
            <numerusform>+%n mois</numerusform>
            <numerusform>+%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check after support is due within the next %n day(s).</source>
        <translation>
            <numerusform>Aucune vérification post-accompagnement n&apos;est à faire dans le prochain jour.</numerusform>
            <numerusform>Aucune vérification post-accompagnement n&apos;est à faire dans les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checks at +6, +12 and +24 months after the end of support, not made yet, due within %n day(s) or late: is the household still housed? Soonest first.</source>
        <translation>
            <numerusform>Vérifications à +6, +12 et +24 mois après la fin de l&apos;accompagnement, pas encore faites, à faire dans %n jour ou en retard&#xa0;: le ménage est-il toujours logé&#xa0;? Les plus proches d&apos;abord.</numerusform>
            <numerusform>Vérifications à +6, +12 et +24 mois après la fin de l&apos;accompagnement, pas encore faites, à faire dans les %n jours ou en retard&#xa0;: le ménage est-il toujours logé&#xa0;? Les plus proches d&apos;abord.</numerusform>
        </translation>
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
    <message>
        <source>“%1” does not exist in the calendar: check the day and the month.</source>
        <translation>« %1 » n&apos;existe pas dans le calendrier&#xa0;: vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it dd/mm/yyyy.</source>
        <translation>« %1 » n&apos;est pas une date&#xa0;: écrivez-la jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::DiagnosticTab</name>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>No diagnostic yet — add the entry diagnostic written by the association&apos;s referent.</source>
        <translation>Aucun diagnostic pour l&apos;instant — ajoutez le diagnostic d&apos;entrée rédigé par le référent de l&apos;association.</translation>
    </message>
    <message>
        <source>Add a dia&amp;gnostic</source>
        <translation>Ajouter un dia&amp;gnostic</translation>
    </message>
    <message>
        <source>The first is the entry diagnostic; the next ones are interim diagnostics (choose “exit” for the last).</source>
        <translation>Le premier est le diagnostic d&apos;entrée&#xa0;; les suivants sont des diagnostics d&apos;étape (choisissez «&#xa0;sortie&#xa0;» pour le dernier).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a diagnostic</source>
        <translation>Ajouter un diagnostic</translation>
    </message>
    <message>
        <source>Remove a diagnostic</source>
        <translation>Supprimer un diagnostic</translation>
    </message>
    <message>
        <source>The diagnostic</source>
        <translation>Le diagnostic</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Dispositi&amp;f&#xa0;:</translation>
    </message>
    <message>
        <source>the referent who wrote it</source>
        <translation>le référent qui l&apos;a rédigé</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Associatio&amp;n:</source>
        <translation>Associatio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Recommended &amp;intensity:</source>
        <translation>&amp;Intensité recommandée&#xa0;:</translation>
    </message>
    <message>
        <source>Recommended &amp;lease:</source>
        <translation>&amp;Bail recommandé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Partners to mobilise:</source>
        <translation>&amp;Partenaires à mobiliser&#xa0;:</translation>
    </message>
    <message>
        <source>Change the date of the diagnostic</source>
        <translation>Modifier la date du diagnostic</translation>
    </message>
    <message>
        <source>Change the kind of diagnostic</source>
        <translation>Modifier le type de diagnostic</translation>
    </message>
    <message>
        <source>Change the action of the diagnostic</source>
        <translation>Modifier le dispositif du diagnostic</translation>
    </message>
    <message>
        <source>Change the author of the diagnostic</source>
        <translation>Modifier l&apos;auteur du diagnostic</translation>
    </message>
    <message>
        <source>Change the association of the diagnostic</source>
        <translation>Modifier l&apos;association du diagnostic</translation>
    </message>
    <message>
        <source>Change the recommended intensity</source>
        <translation>Modifier l&apos;intensité recommandée</translation>
    </message>
    <message>
        <source>Change the recommended lease</source>
        <translation>Modifier le bail recommandé</translation>
    </message>
    <message>
        <source>Change the recommendation</source>
        <translation>Modifier la recommandation</translation>
    </message>
    <message>
        <source>Change the partners to mobilise</source>
        <translation>Modifier les partenaires à mobiliser</translation>
    </message>
    <message>
        <source>Situation domain by domain</source>
        <translation>Situation domaine par domaine</translation>
    </message>
    <message>
        <source>Level: 0 no difficulty · 1 slight fragility · 2 significant difficulty · 3 major difficulty. “Not assessed” is an answer; “not filled in” means the domain was not looked at.</source>
        <translation>Niveau&#xa0;: 0 aucune difficulté · 1 fragilité légère · 2 difficulté importante · 3 difficulté majeure. «&#xa0;Non évalué&#xa0;» est une réponse&#xa0;; «&#xa0;non renseigné&#xa0;» signifie que le domaine n&apos;a pas été examiné.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Change an observation</source>
        <translation>Modifier une observation</translation>
    </message>
    <message>
        <source>Change since the entry diagnostic</source>
        <translation>Évolution depuis le diagnostic d&apos;entrée</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>À l&apos;entrée</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Change the level of a domain</source>
        <translation>Modifier le niveau d&apos;un domaine</translation>
    </message>
    <message>
        <source>&amp;Observation — %1</source>
        <translation>&amp;Observation — %1</translation>
    </message>
    <message>
        <source>Choose a level for this domain first (“not assessed” will do).</source>
        <translation>Choisissez d&apos;abord un niveau pour ce domaine («&#xa0;non évalué&#xa0;» convient).</translation>
    </message>
    <message>
        <source>No entry diagnostic yet: the change per domain shows here once there are an entry diagnostic and a later one.</source>
        <translation>Pas encore de diagnostic d&apos;entrée&#xa0;: l&apos;évolution par domaine s&apos;affichera ici dès qu&apos;il y aura un diagnostic d&apos;entrée et un diagnostic ultérieur.</translation>
    </message>
    <message>
        <source>Only the entry diagnostic so far: the change per domain shows here once an interim or exit diagnostic is written.</source>
        <translation>Seul le diagnostic d&apos;entrée existe pour l&apos;instant&#xa0;: l&apos;évolution par domaine s&apos;affichera ici dès qu&apos;un diagnostic d&apos;étape ou de sortie sera rédigé.</translation>
    </message>
    <message>
        <source>%1 of %2  →  %3 of %4</source>
        <translation>%1 du %2  →  %3 du %4</translation>
    </message>
    <message>
        <source>Better: %1 · Worse: %2 · Unchanged: %3 · Not comparable: %4</source>
        <translation>En amélioration&#xa0;: %1 · En dégradation&#xa0;: %2 · Stables&#xa0;: %3 · Non comparables&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::DwellingChoiceDialog</name>
    <message>
        <source>Dwelling proposed to the CAL</source>
        <translation>Logement proposé à la CAL</translation>
    </message>
    <message>
        <source>The dwelling the CAL decides on, before any lease: the entry into it then starts from it.</source>
        <translation>Le logement sur lequel la CAL se prononce, avant tout bail&#xa0;: l&apos;entrée dans les lieux partira ensuite de lui.</translation>
    </message>
    <message>
        <source>One of the &amp;landlord&apos;s dwellings</source>
        <translation>Un &amp;logement du bailleur</translation>
    </message>
    <message>
        <source>Address, commune or dwelling number</source>
        <translation>Adresse, commune ou n° de logement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <source>&amp;Another dwelling, entered here</source>
        <translation>Un &amp;autre logement, saisi ici</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;N° de logement&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Typology:</source>
        <translation>&amp;Typologie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Propose this dwelling</source>
        <translation>&amp;Proposer ce logement</translation>
    </message>
    <message>
        <source>The first %1 dwellings: type more to narrow the search.</source>
        <translation>Les %1 premiers logements&#xa0;: précisez la recherche pour en voir d&apos;autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n dwelling(s) found.</source>
        <translation>
            <numerusform>%n logement trouvé.</numerusform>
            <numerusform>%n logements trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a dwelling in the list, or enter another one.</source>
        <translation>Choisissez un logement dans la liste, ou saisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ExitTab</name>
    <message>
        <source>The support whose end is shown (one support per action)</source>
        <translation>L&apos;accompagnement dont la fin est affichée (un accompagnement par dispositif)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Dispositif&#xa0;:</translation>
    </message>
    <message>
        <source>This household has no support yet. Add one in the Situation tab: its end and the checks after it are recorded here.</source>
        <translation>Ce ménage n&apos;a pas encore d&apos;accompagnement. Ajoutez-en un dans l&apos;onglet Situation&#xa0;: sa fin et les suivis post-accompagnement s&apos;enregistrent ici.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Set in the Situation tab</source>
        <translation>Se renseigne dans l&apos;onglet Situation</translation>
    </message>
    <message>
        <source>Start of support:</source>
        <translation>Début de l&apos;accompagnement&#xa0;:</translation>
    </message>
    <message>
        <source>The last day of support; the checks not made yet follow it</source>
        <translation>Le dernier jour d&apos;accompagnement&#xa0;; les suivis pas encore faits suivent cette date</translation>
    </message>
    <message>
        <source>&amp;End of support:</source>
        <translation>&amp;Fin de l&apos;accompagnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Time supported:</source>
        <translation>Durée d&apos;accompagnement&#xa0;:</translation>
    </message>
    <message>
        <source>Change the end of support</source>
        <translation>Modifier la fin de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Change the outcome of the support</source>
        <translation>Modifier l&apos;issue de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Edit the notes on the end of support</source>
        <translation>Modifier les notes de fin d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Checks after support</source>
        <translation>Suivi post-accompagnement</translation>
    </message>
    <message>
        <source>&amp;Plan the checks at +6, +12 and +24 months</source>
        <translation>&amp;Planifier les suivis à +6, +12 et +24 mois</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Still housed</source>
        <translation>Toujours logé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>Fai&amp;t le&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>&amp;Still housed:</source>
        <translation>Toujours &amp;logé&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>Plan the checks after support</source>
        <translation>Planifier les suivis post-accompagnement</translation>
    </message>
    <message>
        <source>Change the date of a check</source>
        <translation>Modifier la date d&apos;un suivi</translation>
    </message>
    <message>
        <source>Change whether the household is still housed</source>
        <translation>Indiquer si le ménage est toujours logé</translation>
    </message>
    <message>
        <source>Edit the notes of a check</source>
        <translation>Modifier les notes d&apos;un suivi</translation>
    </message>
    <message>
        <source>(no support)</source>
        <translation>(aucun accompagnement)</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>pas encore commencé</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 months so far</source>
        <translation>%1 mois à ce jour</translation>
    </message>
    <message>
        <source>The checks at +6, +12 and +24 months are planned once the end of support is recorded.</source>
        <translation>Les suivis à +6, +12 et +24 mois se planifient une fois la fin de l&apos;accompagnement enregistrée.</translation>
    </message>
    <message>
        <source>Not planned yet: their due dates follow the end of support (%1 + 6, 12 and 24 months).</source>
        <translation>Pas encore planifiés&#xa0;: leurs échéances suivent la fin de l&apos;accompagnement (%1 + 6, 12 et 24 mois).</translation>
    </message>
    <message numerus="yes">
        <source>Is the household still housed? Record each check when it is made; checks due within %n day(s) or late stand out.</source>
        <translation>
            <numerusform>Le ménage est-il toujours logé&#xa0;? Enregistrez chaque suivi une fois fait&#xa0;; les suivis prévus dans les %n jour ou en retard sont mis en évidence.</numerusform>
            <numerusform>Le ménage est-il toujours logé&#xa0;? Enregistrez chaque suivi une fois fait&#xa0;; les suivis prévus dans les %n jours ou en retard sont mis en évidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n month(s)</source>
        <translation>
            <numerusform>+%n mois</numerusform>
            <numerusform>+%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>Late: due on %1 and not made.</source>
        <translation>En retard&#xa0;: prévu le %1 et pas encore fait.</translation>
    </message>
    <message>
        <source>Due on %1: to organise now.</source>
        <translation>Prévu le %1&#xa0;: à organiser dès maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Check at +%n month(s), due on %1</source>
        <translation>
            <numerusform>Suivi à +%n mois, prévu le %1</numerusform>
            <numerusform>Suivi à +%n mois, prévu le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>End the support</source>
        <translation>Terminer l&apos;accompagnement</translation>
    </message>
    <message>
        <source>End the support on %1?</source>
        <translation>Terminer l&apos;accompagnement le %1&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;End the support</source>
        <translation>&amp;Terminer l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Still open:
• %1

They stay as they are; you can close them before or after.</source>
        <translation>Encore ouvert&#xa0;:
• %1

Ces éléments restent en l&apos;état&#xa0;; vous pouvez les clore avant ou après.</translation>
    </message>
    <message>
        <source>Prepare the exit &amp;diagnostic (to compare with the entry)</source>
        <translation>Préparer le &amp;diagnostic de sortie (pour comparer avec l&apos;entrée)</translation>
    </message>
    <message>
        <source>Add the exit diagnostic</source>
        <translation>Ajouter le diagnostic de sortie</translation>
    </message>
    <message>
        <source>Correct the end date: the support is not ended.</source>
        <translation>Corrigez la date de fin&#xa0;: l&apos;accompagnement n&apos;est pas terminé.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::FollowUpTab</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N) — Enter adds it</source>
        <translation>Nouveau contact (Ctrl+N) — Entrée l&apos;ajoute</translation>
    </message>
    <message>
        <source>What was done or said (the full note can be completed below)</source>
        <translation>Ce qui a été fait ou dit (la note peut être complétée ci-dessous)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the contact (Enter)</source>
        <translation>Ajouter le contact (Entrée)</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Durat&amp;ion</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>Aut&amp;hor</source>
        <translation>Au&amp;teur</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Selected contact</source>
        <translation>Contact sélectionné</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back until the file is saved</source>
        <translation>Ctrl+Z le rétablit tant que le dossier n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Change the date of a contact</source>
        <translation>Modifier la date d&apos;un contact</translation>
    </message>
    <message>
        <source>Change the type of a contact</source>
        <translation>Modifier le type d&apos;un contact</translation>
    </message>
    <message>
        <source>Change the duration of a contact</source>
        <translation>Modifier la durée d&apos;un contact</translation>
    </message>
    <message>
        <source>Change the author of a contact</source>
        <translation>Modifier l&apos;auteur d&apos;un contact</translation>
    </message>
    <message>
        <source>Edit the notes of a contact</source>
        <translation>Modifier les notes d&apos;un contact</translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation>Supprimer un contact</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of this type</source>
        <translation>
            <numerusform>%n contact de ce type</numerusform>
            <numerusform>%n contacts de ce type</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact yet — add the first one in the row above (Ctrl+N), then press Enter.</source>
        <translation>Aucun contact pour l&apos;instant — ajoutez le premier dans la ligne ci-dessus (Ctrl+N), puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>No contact of this type — choose “All types” to see the others.</source>
        <translation>Aucun contact de ce type — choisissez «&#xa0;Tous les types&#xa0;» pour voir les autres.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Close le</translation>
    </message>
    <message>
        <source>No alert. Raise one when a warning sign appears: unpaid rent, neighbour conflict, damage, prolonged absence.</source>
        <translation>Aucune alerte. Signalez-en une dès qu&apos;un signe d&apos;alerte apparaît&#xa0;: impayés de loyer, trouble de voisinage, dégradation, absence prolongée.</translation>
    </message>
    <message>
        <source>Raise an a&amp;lert</source>
        <translation>Signaler une a&amp;lerte</translation>
    </message>
    <message>
        <source>&amp;Close the alert</source>
        <translation>&amp;Clore l&apos;alerte</translation>
    </message>
    <message>
        <source>Closes the alert today; then write how it was resolved</source>
        <translation>Clôt l&apos;alerte à la date du jour&#xa0;; écrivez ensuite comment elle a été résolue</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Natu&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>The arrears, for unpaid rent</source>
        <translation>La dette locative, pour des impayés de loyer</translation>
    </message>
    <message>
        <source>A&amp;mount due:</source>
        <translation>&amp;Montant dû&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>Closed o&amp;n:</source>
        <translation>Cl&amp;ose le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Ré&amp;solution&#xa0;:</translation>
    </message>
    <message>
        <source>Raise an alert</source>
        <translation>Signaler une alerte</translation>
    </message>
    <message>
        <source>Close an alert</source>
        <translation>Clore une alerte</translation>
    </message>
    <message>
        <source>Remove an alert</source>
        <translation>Supprimer une alerte</translation>
    </message>
    <message>
        <source>Change the date of an alert</source>
        <translation>Modifier la date d&apos;une alerte</translation>
    </message>
    <message>
        <source>Change the kind of an alert</source>
        <translation>Modifier la nature d&apos;une alerte</translation>
    </message>
    <message>
        <source>Change the amount of an alert</source>
        <translation>Modifier le montant d&apos;une alerte</translation>
    </message>
    <message>
        <source>Edit the description of an alert</source>
        <translation>Modifier la description d&apos;une alerte</translation>
    </message>
    <message>
        <source>Change the closing date of an alert</source>
        <translation>Modifier la date de clôture d&apos;une alerte</translation>
    </message>
    <message>
        <source>Edit the resolution of an alert</source>
        <translation>Modifier la résolution d&apos;une alerte</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Open alert: close it once resolved.</source>
        <translation>Alerte ouverte&#xa0;: à clore une fois résolue.</translation>
    </message>
    <message>
        <source>Reviews by follow-up committees</source>
        <translation>Examens en commission de suivi</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decisions are recorded in the follow-up committee itself</source>
        <translation>Les décisions se saisissent dans la commission de suivi elle-même</translation>
    </message>
    <message>
        <source>Not reviewed by a follow-up committee yet.</source>
        <translation>Pas encore examiné en commission de suivi.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <source>Shared with the association</source>
        <translation>Partagé avec l&apos;association</translation>
    </message>
    <message>
        <source>Unticked, the notes stay internal to the landlord: the partner association&apos;s referent never sees them.</source>
        <translation>Non coché, les notes restent internes au bailleur&#xa0;: le référent de l&apos;association partenaire ne les voit jamais.</translation>
    </message>
    <message>
        <source>Share the notes of a contact or not</source>
        <translation>Partager ou non les notes d&apos;un contact</translation>
    </message>
    <message>
        <source>Partner mo&amp;bilised:</source>
        <translation>Partenaire mo&amp;bilisé&#xa0;:</translation>
    </message>
    <message>
        <source>Change the partner mobilised for an alert</source>
        <translation>Changer le partenaire mobilisé pour une alerte</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::FreeTextEdit</name>
    <message>
        <source>The household may read what is written here: keep it objective and relevant, never excessive or insulting.</source>
        <translation>Le ménage peut lire ce qui est écrit ici&#xa0;: restez objectif et pertinent, jamais excessif ni insultant.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::HistoryTab</name>
    <message>
        <source>Filter: a name, a date, a field, a kind of record…</source>
        <translation>Filtrer&#xa0;: un nom, une date, un champ, un type de fiche…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>The journal records every opening and every change of the file; it cannot be edited.</source>
        <translation>Le journal enregistre chaque consultation et chaque modification du dossier&#xa0;; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 entries</source>
        <translation>
            <numerusform>%n entrée sur %1</numerusform>
            <numerusform>%n entrées sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the journal yet: it fills as the file is opened and saved.</source>
        <translation>Rien dans le journal pour l&apos;instant&#xa0;: il se remplit à chaque consultation et enregistrement du dossier.</translation>
    </message>
    <message>
        <source>No entry matches “%1”.</source>
        <translation>Aucune entrée ne correspond à «&#xa0;%1&#xa0;».</translation>
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
    <name>Passerelle::Ui::HouseholdTab</name>
    <message>
        <source>Documents print what is saved in the file, and the file has unsaved changes. Save them now?</source>
        <translation>Les documents impriment ce qui est enregistré dans le dossier, et le dossier comporte des modifications non enregistrées. Les enregistrer maintenant&#xa0;?</translation>
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
        <translation>CESF&#xa0;: %1</translation>
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
        <translation>Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Export the &amp;whole file (right of access)…</source>
        <translation>Exporter tout le dossier (droit d&apos;&amp;accès)…</translation>
    </message>
    <message>
        <source>Everything held on the household, its notes and the journal of who opened its file, as a PDF or JSON file (RGPD, article 15)</source>
        <translation>Tout ce qui est détenu sur le ménage, ses notes et le journal de qui a ouvert son dossier, en PDF ou en JSON (RGPD, article 15)</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>&amp;Effacer à sa demande…</translation>
    </message>
    <message>
        <source>Anonymise this household now, at its request (right to erasure, RGPD article 17)</source>
        <translation>Anonymiser ce ménage maintenant, à sa demande (droit à l&apos;effacement, RGPD article 17)</translation>
    </message>
    <message>
        <source>This file was anonymised on %1: names, contact details, address and free text were erased; the coded data stays for the reviews.</source>
        <translation>Ce dossier a été anonymisé le %1&#xa0;: noms, coordonnées, adresse et textes libres ont été effacés&#xa0;; les données codées restent pour les bilans.</translation>
    </message>
    <message>
        <source>⚠ No consent to data processing recorded: enter its date and what was explained to the household in the Situation tab.</source>
        <translation>⚠ Aucun consentement au traitement des données n&apos;est enregistré&#xa0;: saisissez sa date et ce qui a été expliqué au ménage dans l&apos;onglet Situation.</translation>
    </message>
    <message>
        <source>Export the whole file</source>
        <translation>Exporter tout le dossier</translation>
    </message>
    <message>
        <source>The export gives the file as saved: save or undo the changes first.</source>
        <translation>L&apos;export donne le dossier tel qu&apos;il est enregistré&#xa0;: enregistrez ou annulez d&apos;abord les modifications.</translation>
    </message>
    <message>
        <source>Whole file %1.pdf</source>
        <translation>Dossier complet %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;JSON files (*.json)</source>
        <translation>Fichiers PDF (*.pdf);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Whole file exported: %1</source>
        <translation>Dossier complet exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Effacer à la demande du ménage</translation>
    </message>
    <message>
        <source>Save or undo the changes first.</source>
        <translation>Enregistrez ou annulez d&apos;abord les modifications.</translation>
    </message>
    <message>
        <source>Anonymise the household %1 now, at its request?</source>
        <translation>Anonymiser maintenant le ménage %1, à sa demande&#xa0;?</translation>
    </message>
    <message>
        <source>The names and first names of its members, their birth dates, the phone, the e-mail, the street address of its dwellings, every note and free text of its file and the printed contracts kept will be erased for good. The reference, the dates and the coded data stay, so that the reviews keep their figures. This cannot be undone.</source>
        <translation>Les noms et prénoms de ses membres, leurs dates de naissance, le téléphone, le courriel, l&apos;adresse de ses logements, toutes les notes et tous les textes libres de son dossier et les contrats imprimés conservés seront effacés définitivement. La référence, les dates et les données codées restent, pour que les bilans gardent leurs chiffres. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>The household %1 was anonymised.</source>
        <translation>Le ménage %1 a été anonymisé.</translation>
    </message>
    <message>
        <source>&amp;Delete (created by mistake)…</source>
        <translation>&amp;Supprimer (créé par erreur)…</translation>
    </message>
    <message>
        <source>Delete this file and everything in it: only for a file created by mistake (a duplicate, a wrong referral); the journal keeps the reason</source>
        <translation>Supprimer ce dossier et tout son contenu&#xa0;: uniquement pour un dossier créé par erreur (doublon, orientation erronée)&#xa0;; le journal garde la raison</translation>
    </message>
    <message>
        <source>Delete a file created by mistake</source>
        <translation>Supprimer un dossier créé par erreur</translation>
    </message>
    <message>
        <source>The file %1 and everything recorded in it (members, referrals, leases, contracts, contacts…) will be deleted for good. Only for a file created by mistake: a duplicate, a wrong referral. The file of a household that was followed is anonymised by retention instead.

Why is it deleted? The journal keeps the reason (no names, please).</source>
        <translation>Le dossier %1 et tout ce qui y est enregistré (membres, orientations, baux, contrats, contacts…) seront supprimés définitivement. Uniquement pour un dossier créé par erreur&#xa0;: un doublon, une orientation erronée. Le dossier d&apos;un ménage qui a été accompagné est anonymisé par la conservation des données, pas supprimé.

Pourquoi le supprimer&#xa0;? Le journal garde la raison (sans nom, s&apos;il vous plaît).</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>✓ Consent given on %1: it is recorded when the file is saved.</source>
        <translation>✓ Consentement donné le %1&#xa0;: il sera enregistré avec le dossier.</translation>
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
        <translation>Ouvrir le dossier d&apos;un ménage à partir d&apos;une orientation</translation>
    </message>
    <message>
        <source>Search by name or reference (Ctrl+F)…</source>
        <translation>Rechercher par nom ou référence (Ctrl+F)…</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Dispositif&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Public:</source>
        <translation>&amp;Public&#xa0;:</translation>
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
    <name>Passerelle::Ui::HousingTab</name>
    <message>
        <source>Housing &amp;&amp; lease</source>
        <translation>Logement &amp;&amp; bail</translation>
    </message>
    <message>
        <source>Housing history</source>
        <translation>Historique du logement</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <source>Lease type</source>
        <translation>Type de bail</translation>
    </message>
    <message>
        <source>Start reason</source>
        <translation>Motif de début</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>No lease recorded yet — record the household&apos;s entry into a dwelling with “New entry…”.</source>
        <translation>Aucun bail enregistré pour l&apos;instant — enregistrez l&apos;entrée du ménage dans un logement avec «&#xa0;Nouvelle entrée…&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nouvelle entrée…</translation>
    </message>
    <message>
        <source>The household enters a dwelling: a new lease starts.</source>
        <translation>Le ménage entre dans un logement&#xa0;: un nouveau bail commence.</translation>
    </message>
    <message>
        <source>Re&amp;logement…</source>
        <translation>Re&amp;logement…</translation>
    </message>
    <message>
        <source>The chosen lease ends the day before, and a new lease starts in another dwelling.</source>
        <translation>Le bail choisi prend fin la veille, et un nouveau bail commence dans un autre logement.</translation>
    </message>
    <message>
        <source>&amp;Glissement…</source>
        <translation>&amp;Glissement…</translation>
    </message>
    <message>
        <source>The chosen bail glissant ends the day before, and a bail direct starts the same day in the same dwelling.</source>
        <translation>Le bail glissant choisi prend fin la veille, et un bail direct commence le jour même dans le même logement.</translation>
    </message>
    <message>
        <source>Remove the lease</source>
        <translation>Supprimer le bail</translation>
    </message>
    <message>
        <source>Remove a lease</source>
        <translation>Supprimer un bail</translation>
    </message>
    <message>
        <source>the landlord&apos;s number, if known</source>
        <translation>le numéro du bailleur, s&apos;il est connu</translation>
    </message>
    <message>
        <source>Dwelling n&amp;umber:</source>
        <translation>N&amp;uméro du logement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ypology:</source>
        <translation>T&amp;ypologie&#xa0;:</translation>
    </message>
    <message>
        <source>Monthly &amp;rent:</source>
        <translation>Loye&amp;r mensuel&#xa0;:</translation>
    </message>
    <message>
        <source>Monthly c&amp;harges:</source>
        <translation>C&amp;harges mensuelles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Furnished</source>
        <translation>M&amp;eublé</translation>
    </message>
    <message>
        <source>In a &amp;QPV (priority neighbourhood of the city policy)</source>
        <translation>En &amp;QPV (quartier prioritaire de la politique de la ville)</translation>
    </message>
    <message>
        <source>Change the dwelling number</source>
        <translation>Modifier le numéro du logement</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Modifier l&apos;adresse</translation>
    </message>
    <message>
        <source>Change the postal code</source>
        <translation>Modifier le code postal</translation>
    </message>
    <message>
        <source>Change the commune</source>
        <translation>Modifier la commune</translation>
    </message>
    <message>
        <source>Change the typology</source>
        <translation>Modifier la typologie</translation>
    </message>
    <message>
        <source>Change the rent</source>
        <translation>Modifier le loyer</translation>
    </message>
    <message>
        <source>Change the charges</source>
        <translation>Modifier les charges</translation>
    </message>
    <message>
        <source>Change whether the dwelling is furnished</source>
        <translation>Modifier le caractère meublé du logement</translation>
    </message>
    <message>
        <source>Change whether the dwelling is in a QPV</source>
        <translation>Modifier la situation du logement en QPV</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Bail</translation>
    </message>
    <message>
        <source>Lease &amp;type:</source>
        <translation>&amp;Type de bail&#xa0;:</translation>
    </message>
    <message>
        <source>Start r&amp;eason:</source>
        <translation>Moti&amp;f de début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>F&amp;in&#xa0;:</translation>
    </message>
    <message>
        <source>choose, or write the reason</source>
        <translation>choisissez, ou écrivez le motif</translation>
    </message>
    <message>
        <source>End reason:</source>
        <translation>Motif de fin&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Change the lease type</source>
        <translation>Modifier le type de bail</translation>
    </message>
    <message>
        <source>Change the start reason</source>
        <translation>Modifier le motif de début</translation>
    </message>
    <message>
        <source>Change the start of the lease</source>
        <translation>Modifier le début du bail</translation>
    </message>
    <message>
        <source>Change the end of the lease</source>
        <translation>Modifier la fin du bail</translation>
    </message>
    <message>
        <source>Change the end reason</source>
        <translation>Modifier le motif de fin</translation>
    </message>
    <message>
        <source>Change the notes of the lease</source>
        <translation>Modifier les notes du bail</translation>
    </message>
    <message>
        <source>Bail glissant</source>
        <translation>Bail glissant</translation>
    </message>
    <message>
        <source>Su&amp;b-letting association:</source>
        <translation>Association qui &amp;sous-loue&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpected glissement:</source>
        <translation>Glissement pré&amp;vu le&#xa0;:</translation>
    </message>
    <message>
        <source>Glissement &amp;conditions:</source>
        <translation>&amp;Conditions du glissement&#xa0;:</translation>
    </message>
    <message>
        <source>Change the sub-letting association</source>
        <translation>Modifier l&apos;association qui sous-loue</translation>
    </message>
    <message>
        <source>Change the expected date of the glissement</source>
        <translation>Modifier la date prévue du glissement</translation>
    </message>
    <message>
        <source>Change the conditions of the glissement</source>
        <translation>Modifier les conditions du glissement</translation>
    </message>
    <message>
        <source>Reviews of the bail glissant (every 6 months)</source>
        <translation>Révisions du bail glissant (tous les 6 mois)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No review yet — add one after each six-monthly meeting.</source>
        <translation>Aucune révision pour l&apos;instant — ajoutez-en une après chaque rencontre semestrielle.</translation>
    </message>
    <message>
        <source>Add a re&amp;view</source>
        <translation>A&amp;jouter une révision</translation>
    </message>
    <message>
        <source>Remove the review</source>
        <translation>Supprimer la révision</translation>
    </message>
    <message>
        <source>Date of the revie&amp;w:</source>
        <translation>Date de la révision&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Notes of the review:</source>
        <translation>Notes de la révision&#xa0;:</translation>
    </message>
    <message>
        <source>Add a review of the bail glissant</source>
        <translation>Ajouter une révision du bail glissant</translation>
    </message>
    <message>
        <source>Remove a review of the bail glissant</source>
        <translation>Supprimer une révision du bail glissant</translation>
    </message>
    <message>
        <source>Change the date of the review</source>
        <translation>Modifier la date de la révision</translation>
    </message>
    <message>
        <source>Change the outcome of the review</source>
        <translation>Modifier l&apos;issue de la révision</translation>
    </message>
    <message>
        <source>Change the notes of the review</source>
        <translation>Modifier les notes de la révision</translation>
    </message>
    <message>
        <source>Record an entry into a dwelling</source>
        <translation>Enregistrer une entrée dans un logement</translation>
    </message>
    <message>
        <source>Record a relogement</source>
        <translation>Enregistrer un relogement</translation>
    </message>
    <message>
        <source>Record a glissement</source>
        <translation>Enregistrer un glissement</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>This bail glissant has ended: no review is due any more.</source>
        <translation>Ce bail glissant a pris fin&#xa0;: plus aucune révision n&apos;est due.</translation>
    </message>
    <message>
        <source>Next review overdue since %1.</source>
        <translation>Prochaine révision en retard depuis le %1.</translation>
    </message>
    <message>
        <source>Next review due on %1.</source>
        <translation>Prochaine révision due le %1.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Every line is read as the import will read it, and nothing is written. The import is possible once there is no error left.</source>
        <translation>Chaque ligne est lue comme l&apos;import la lira, et rien n&apos;est écrit. L&apos;import est possible dès qu&apos;il ne reste aucune erreur.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Read the files again, once corrected and saved</source>
        <translation>Relire les fichiers, une fois corrigés et enregistrés</translation>
    </message>
    <message>
        <source>&amp;Save the list…</source>
        <translation>&amp;Enregistrer la liste…</translation>
    </message>
    <message>
        <source>Save the errors and warnings as a CSV file, to correct the spreadsheets</source>
        <translation>Enregistrer les erreurs et les avertissements dans un fichier CSV, pour corriger les tableaux</translation>
    </message>
    <message>
        <source>Checking the files as the import will read them… Nothing is written.</source>
        <translation>Vérification des fichiers comme l&apos;import les lira… Rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>The check was interrupted.</source>
        <translation>La vérification a été interrompue.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is not possible while there are errors: correct the files, save them, then click « Check again ».</source>
        <translation>L&apos;import n&apos;est pas possible tant qu&apos;il reste des erreurs&#xa0;: corrigez les fichiers, enregistrez-les, puis cliquez sur «&#xa0;Vérifier à nouveau&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>No error, %n warning(s): read them before importing.</source>
        <translation>
            <numerusform>Aucune erreur, %n avertissement&#xa0;: lisez-le avant d&apos;importer.</numerusform>
            <numerusform>Aucune erreur, %n avertissements&#xa0;: lisez-les avant d&apos;importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No error, no warning.</source>
        <translation>Aucune erreur, aucun avertissement.</translation>
    </message>
    <message>
        <source>Nothing is written yet: click « Import » to write everything.</source>
        <translation>Rien n&apos;est encore écrit&#xa0;: cliquez sur «&#xa0;Importer&#xa0;» pour tout écrire.</translation>
    </message>
    <message>
        <source>import-problems.csv</source>
        <translation>problemes-import.csv</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Enregistrer la liste des problèmes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The import will give:</source>
        <translation>L&apos;import donnera&#xa0;:</translation>
    </message>
    <message>
        <source>• households: %1 created, %2 updated</source>
        <translation>• ménages&#xa0;: %1 créés, %2 mis à jour</translation>
    </message>
    <message>
        <source>• supports: %1 created, %2 updated</source>
        <translation>• accompagnements&#xa0;: %1 créés, %2 mis à jour</translation>
    </message>
    <message>
        <source>• contacts: %1 created, %2 already present</source>
        <translation>• contacts&#xa0;: %1 créés, %2 déjà présents</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ImportDetectionPage</name>
    <message>
        <source>What Passerelle recognised</source>
        <translation>Ce que Passerelle a reconnu</translation>
    </message>
    <message>
        <source>How each file is written, and which of its columns the import reads. Unknown columns are ignored: check that none of them holds what a recognised column should.</source>
        <translation>Comment chaque fichier est écrit, et quelles colonnes l&apos;import lit. Les colonnes inconnues sont ignorées&#xa0;: vérifiez qu&apos;aucune ne contient ce qu&apos;une colonne reconnue devrait contenir.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts file: only the households will be imported.</source>
        <translation>Aucun fichier de contacts&#xa0;: seuls les ménages seront importés.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This file cannot be read: %1.</source>
        <translation>Ce fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>point-virgule (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>virgule (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Windows-1252 (as French Excel saves)</source>
        <translation>Windows-1252 (ce qu&apos;enregistre Excel en français)</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1
Separator: %2
%n line(s) of data after the header</source>
        <translation>
            <numerusform>Encodage&#xa0;: %1
Séparateur&#xa0;: %2
%n ligne de données après l&apos;en-tête</numerusform>
            <numerusform>Encodage&#xa0;: %1
Séparateur&#xa0;: %2
%n lignes de données après l&apos;en-tête</numerusform>
        </translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>Column %1 (required): %2</source>
        <translation>Colonne %1 (obligatoire)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) recognised; required columns in bold.</source>
        <translation>
            <numerusform>%n colonne reconnue&#xa0;; les colonnes obligatoires sont en gras.</numerusform>
            <numerusform>%n colonnes reconnues&#xa0;; les colonnes obligatoires sont en gras.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unknown column.</source>
        <translation>Aucune colonne inconnue.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown column(s), ignored: %1</source>
        <translation>
            <numerusform>Colonne inconnue, ignorée&#xa0;: %1</numerusform>
            <numerusform>Colonnes inconnues, ignorées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Required column(s) missing: %1. The check will refuse the file: add them to the spreadsheet.</source>
        <translation>
            <numerusform>Colonne obligatoire absente&#xa0;: %1. La vérification refusera le fichier&#xa0;: ajoutez-la au tableau.</numerusform>
            <numerusform>Colonnes obligatoires absentes&#xa0;: %1. La vérification refusera le fichier&#xa0;: ajoutez-les au tableau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ImportDonePage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>The base holds the households and contacts of the files; the screens of Passerelle show them.</source>
        <translation>La base contient les ménages et les contacts des fichiers&#xa0;; les écrans de Passerelle les montrent.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>L&apos;import est terminé.</translation>
    </message>
    <message>
        <source>Households created:</source>
        <translation>Ménages créés&#xa0;:</translation>
    </message>
    <message>
        <source>Households updated:</source>
        <translation>Ménages mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Supports created:</source>
        <translation>Accompagnements créés&#xa0;:</translation>
    </message>
    <message>
        <source>Supports updated:</source>
        <translation>Accompagnements mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts created:</source>
        <translation>Contacts créés&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts already present (not duplicated):</source>
        <translation>Contacts déjà présents (non dupliqués)&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written, the base is exactly as it was before.</source>
        <translation>L&apos;import a été annulé&#xa0;: rien n&apos;a été écrit, la base est exactement comme avant.</translation>
    </message>
    <message>
        <source>The import could not be done: nothing was written, the base is as it was before. The problems below were found while writing (the base or the files may have changed since the check): correct them, then import again.</source>
        <translation>L&apos;import n&apos;a pas pu se faire&#xa0;: rien n&apos;a été écrit, la base est comme avant. Les problèmes ci-dessous sont apparus à l&apos;écriture (la base ou les fichiers ont pu changer depuis la vérification)&#xa0;: corrigez-les, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>All or nothing: since a line could not be written, none was.</source>
        <translation>Tout ou rien&#xa0;: puisqu&apos;une ligne n&apos;a pas pu être écrite, aucune ne l&apos;a été.</translation>
    </message>
    <message>
        <source>The files can be imported later: the base has not changed.</source>
        <translation>Les fichiers pourront être importés plus tard&#xa0;: la base n&apos;a pas changé.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ImportFilesPage</name>
    <message>
        <source>The spreadsheets to import</source>
        <translation>Les tableaux à importer</translation>
    </message>
    <message>
        <source>The unit&apos;s follow-up tables, saved as CSV by the spreadsheet (separated by semicolons, commas or tabs; UTF-8 or what French Excel writes).</source>
        <translation>Les tableaux de suivi de l&apos;unité, enregistrés en CSV par le tableur (séparateur point-virgule, virgule ou tabulation&#xa0;; en UTF-8 ou tels qu&apos;Excel les écrit en français).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Households (required):</source>
        <translation>&amp;Ménages (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Households file</source>
        <translation>Fichier des ménages</translation>
    </message>
    <message>
        <source>One line per household and action: reference, name, agency, action, dates of the path, dwelling and lease.</source>
        <translation>Une ligne par ménage et dispositif&#xa0;: référence, nom, agence, dispositif, dates du parcours, logement et bail.</translation>
    </message>
    <message>
        <source>&amp;Contacts (optional):</source>
        <translation>&amp;Contacts (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Fichier des contacts</translation>
    </message>
    <message>
        <source>One line per contact: the household&apos;s reference, date, type, duration, author.</source>
        <translation>Une ligne par contact&#xa0;: référence du ménage, date, type, durée, auteur.</translation>
    </message>
    <message>
        <source>Nothing is written before the last step. Passerelle first shows what it recognised in the files, then checks every line as the import will read it and lists every problem. The import then writes everything, or nothing if one line is wrong; importing the same files again creates no duplicates.</source>
        <translation>Rien n&apos;est écrit avant la dernière étape. Passerelle montre d&apos;abord ce qu&apos;il a reconnu dans les fichiers, puis vérifie chaque ligne comme l&apos;import la lira et liste chaque problème. L&apos;import écrit ensuite tout, ou rien si une seule ligne est fausse&#xa0;; importer de nouveau les mêmes fichiers ne crée aucun doublon.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ImportProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ImportProgressPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Everything is written in one go: if the import is cancelled, or fails, nothing is written at all.</source>
        <translation>Tout est écrit d&apos;un seul coup&#xa0;: si l&apos;import est annulé, ou s&apos;il échoue, rien n&apos;est écrit du tout.</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Cancelling… Nothing will be written.</source>
        <translation>Annulation… Rien ne sera écrit.</translation>
    </message>
    <message>
        <source>Importing the households, their path and their contacts…</source>
        <translation>Import des ménages, de leur parcours et de leurs contacts…</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ImportWizard</name>
    <message>
        <source>Import spreadsheets</source>
        <translation>Importer des tableaux</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::JournalPage</name>
    <message>
        <source>Every opening of a household file, change, export, print, backup, restore, login and retention run, with the account that did it. The journal cannot be changed: each entry carries the hash of the one before, and « passerelle check » reports an entry removed or altered. Entries older than the period set under « Conservation » are purged by the retention run.</source>
        <translation>Chaque ouverture d&apos;un dossier, modification, export, impression, sauvegarde, restauration, connexion et passage de la conservation, avec le compte qui l&apos;a fait. Le journal ne peut pas être modifié&#xa0;: chaque entrée porte l&apos;empreinte de la précédente, et «&#xa0;passerelle check&#xa0;» signale une entrée retirée ou altérée. Les entrées plus anciennes que la durée fixée dans «&#xa0;Conservation&#xa0;» sont purgées par le passage de la conservation.</translation>
    </message>
    <message>
        <source>File reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Ménage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>Plus &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Plus &amp;anciennes</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>(every account)</source>
        <translation>(tous les comptes)</translation>
    </message>
    <message>
        <source>(every kind)</source>
        <translation>(tous les types)</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of %3, newest first.</source>
        <translation>Entrées %1 à %2 sur %3, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>journal-%1.csv</source>
        <translation>journal-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1. The export is recorded in the journal.</source>
        <translation>
            <numerusform>%n entrée exportée dans %1. L&apos;export est inscrit au journal.</numerusform>
            <numerusform>%n entrées exportées dans %1. L&apos;export est inscrit au journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::LeaseEventDialog</name>
    <message>
        <source>Entry into a dwelling</source>
        <translation>Entrée dans un logement</translation>
    </message>
    <message>
        <source>The household enters a dwelling: a new lease starts on this date.</source>
        <translation>Le ménage entre dans un logement&#xa0;: un nouveau bail commence à cette date.</translation>
    </message>
    <message>
        <source>Relogement</source>
        <translation>Relogement</translation>
    </message>
    <message>
        <source>The current lease ends the day before this date, and a new lease starts on this date in the new dwelling.</source>
        <translation>Le bail en cours prend fin la veille de cette date, et un nouveau bail commence à cette date dans le nouveau logement.</translation>
    </message>
    <message>
        <source>Glissement of the lease</source>
        <translation>Glissement du bail</translation>
    </message>
    <message>
        <source>The bail glissant ends the day before this date, and a bail direct in the household&apos;s name starts on this date in the same dwelling.</source>
        <translation>Le bail glissant prend fin la veille de cette date, et un bail direct au nom du ménage commence à cette date dans le même logement.</translation>
    </message>
    <message>
        <source>&amp;Date of the glissement:</source>
        <translation>&amp;Date du glissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of entry:</source>
        <translation>&amp;Date d&apos;entrée&#xa0;:</translation>
    </message>
    <message>
        <source>A new dwelling</source>
        <translation>Un nouveau logement</translation>
    </message>
    <message>
        <source>D&amp;welling:</source>
        <translation>&amp;Logement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Typology:</source>
        <translation>&amp;Typologie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lease type:</source>
        <translation>Type de &amp;bail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::LockScreen</name>
    <message>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>&amp;Password of %1:</source>
        <translation>&amp;Mot de passe de %1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message numerus="yes">
        <source>Passerelle locked itself after %n minute(s) without activity, so that no one reads the households&apos; files in your absence. Type your password to go on where you were; to work under another account, quit Passerelle and start it again.</source>
        <translation>
            <numerusform>Passerelle s&apos;est verrouillée après %n minute sans activité, pour que personne ne lise les dossiers des ménages en votre absence. Tapez votre mot de passe pour reprendre là où vous en étiez&#xa0;; pour travailler sous un autre compte, quittez Passerelle et relancez-la.</numerusform>
            <numerusform>Passerelle s&apos;est verrouillée après %n minutes sans activité, pour que personne ne lise les dossiers des ménages en votre absence. Tapez votre mot de passe pour reprendre là où vous en étiez&#xa0;; pour travailler sous un autre compte, quittez Passerelle et relancez-la.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::LoginDialog</name>
    <message>
        <source>Log in to Passerelle</source>
        <translation>Connexion à Passerelle</translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>This base holds personal data of the households followed: log in with your own account.
Database: %1</source>
        <translation>Cette base contient des données personnelles des ménages suivis&#xa0;: connectez-vous avec votre propre compte.
Base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo base, for trying Passerelle out: log in as cfabre, sbenali or jmarty (CESF advisors), nroux (head of the social unit), mdelmas (partnerships officer), admin (administrator) or khaddad (UCRM referent), password « %1 ».</source>
        <translation>Base de démonstration, pour essayer Passerelle&#xa0;: connectez-vous comme cfabre, sbenali ou jmarty (CESF), nroux (responsable du pôle social), mdelmas (chargé de mission), admin (administrateur) ou khaddad (référent UCRM), mot de passe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::MainWindow</name>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
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
        <translation>Agence&#xa0;: </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base&#xa0;: %1</translation>
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
        <source>Automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Sauvegarde automatique écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Back up the base…</source>
        <translation>&amp;Sauvegarder la base…</translation>
    </message>
    <message>
        <source>Write a checked copy of the base, safe while it is in use</source>
        <translation>Écrire une copie vérifiée de la base, sans risque pendant son utilisation</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Check a backup, then put it in place of the base</source>
        <translation>Vérifier une sauvegarde, puis la mettre à la place de la base</translation>
    </message>
    <message>
        <source>Database: %1 (upgraded from schema %2 to schema %3 of this version)</source>
        <translation>Base&#xa0;: %1 (mise à niveau du schéma %2 au schéma %3 de cette version)</translation>
    </message>
    <message>
        <source>Daily check of the database: %1</source>
        <translation>Vérification quotidienne de la base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Logged in as %1 — database: %2</source>
        <translation>Connecté(e) comme %1 — base&#xa0;: %2</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>Your association&apos;s households</source>
        <translation>Les ménages de votre association</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheets…</source>
        <translation>&amp;Importer des tableaux…</translation>
    </message>
    <message>
        <source>Import a unit&apos;s households and contacts from CSV files, after checking them</source>
        <translation>Importer les ménages et les contacts d&apos;une unité depuis des fichiers CSV, après les avoir vérifiés</translation>
    </message>
    <message>
        <source>Follow-up of households housed with social support (logements accompagnés).</source>
        <translation>Suivi des ménages en logement accompagné.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Tripartite meetings (landlord, association, household)</source>
        <translation>Rendez-vous tripartites (bailleur, association, ménage)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>No tripartite meeting yet — plan the first one (before entry) with “Plan a meeting”.</source>
        <translation>Aucun rendez-vous tripartite pour l&apos;instant — planifiez le premier (avant l&apos;entrée) avec «&#xa0;Planifier un rendez-vous&#xa0;».</translation>
    </message>
    <message>
        <source>Planned meetings are in italics on a blue background; a past meeting whose outcome is not recorded is in red.</source>
        <translation>Les rendez-vous planifiés sont en italique sur fond bleu&#xa0;; un rendez-vous passé dont l&apos;issue n&apos;est pas saisie est en rouge.</translation>
    </message>
    <message>
        <source>&amp;Plan a meeting</source>
        <translation>&amp;Planifier un rendez-vous</translation>
    </message>
    <message>
        <source>Remove the meeting</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Planifier un rendez-vous</translation>
    </message>
    <message>
        <source>Remove a meeting</source>
        <translation>Supprimer un rendez-vous</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty while the meeting is planned.</source>
        <translation>Laissez vide tant que le rendez-vous est planifié.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Iss&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Dispositi&amp;f&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Compte rendu&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>Pa&amp;rticipants&#xa0;:</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Change the date of the meeting</source>
        <translation>Modifier la date du rendez-vous</translation>
    </message>
    <message>
        <source>“%1” is not a time: write it hh:mm.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;: écrivez-la hh:mm.</translation>
    </message>
    <message>
        <source>Change the time of the meeting</source>
        <translation>Modifier l&apos;heure du rendez-vous</translation>
    </message>
    <message>
        <source>Change the place of the meeting</source>
        <translation>Modifier le lieu du rendez-vous</translation>
    </message>
    <message>
        <source>Change the purpose of the meeting</source>
        <translation>Modifier l&apos;objet du rendez-vous</translation>
    </message>
    <message>
        <source>Change the outcome of the meeting</source>
        <translation>Modifier l&apos;issue du rendez-vous</translation>
    </message>
    <message>
        <source>Change the action of the meeting</source>
        <translation>Modifier le dispositif du rendez-vous</translation>
    </message>
    <message>
        <source>Change the minutes</source>
        <translation>Modifier le compte rendu</translation>
    </message>
    <message>
        <source>Remove a participant</source>
        <translation>Retirer un participant</translation>
    </message>
    <message>
        <source>Change a participant&apos;s name</source>
        <translation>Modifier le nom d&apos;un participant</translation>
    </message>
    <message>
        <source>Change a participant&apos;s function</source>
        <translation>Modifier la fonction d&apos;un participant</translation>
    </message>
    <message>
        <source>Change whether a participant was present</source>
        <translation>Modifier la présence d&apos;un participant</translation>
    </message>
    <message>
        <source>Decisions of the CAL (housing allocation committee)</source>
        <translation>Décisions de la CAL (commission d&apos;attribution des logements)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>No CAL decision recorded — add it once the committee has decided on a dwelling.</source>
        <translation>Aucune décision de CAL enregistrée — ajoutez-la dès que la commission s&apos;est prononcée sur un logement.</translation>
    </message>
    <message>
        <source>Add a CAL decisio&amp;n</source>
        <translation>Ajouter une décisio&amp;n de CAL</translation>
    </message>
    <message>
        <source>Remove the decision</source>
        <translation>Supprimer la décision</translation>
    </message>
    <message>
        <source>Date of the CA&amp;L:</source>
        <translation>Date de la C&amp;AL&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>Déc&amp;ision&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;welling:</source>
        <translation>Lo&amp;gement&#xa0;:</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>Disposi&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <source>Condition&amp;s:</source>
        <translation>Condition&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Add a CAL decision</source>
        <translation>Ajouter une décision de CAL</translation>
    </message>
    <message>
        <source>Remove a CAL decision</source>
        <translation>Supprimer une décision de CAL</translation>
    </message>
    <message>
        <source>Change the date of the CAL</source>
        <translation>Modifier la date de la CAL</translation>
    </message>
    <message>
        <source>Change the CAL decision</source>
        <translation>Modifier la décision de la CAL</translation>
    </message>
    <message>
        <source>Change the dwelling of the CAL decision</source>
        <translation>Modifier le logement de la décision de CAL</translation>
    </message>
    <message>
        <source>Change the action of the CAL decision</source>
        <translation>Modifier le dispositif de la décision de CAL</translation>
    </message>
    <message>
        <source>Change the conditions of the CAL decision</source>
        <translation>Modifier les conditions de la décision de CAL</translation>
    </message>
    <message>
        <source>Change the notes of the CAL decision</source>
        <translation>Modifier les notes de la décision de CAL</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>A meeting to come.</source>
        <translation>Un rendez-vous à venir.</translation>
    </message>
    <message>
        <source>Outcome to record</source>
        <translation>Issue à saisir</translation>
    </message>
    <message>
        <source>The meeting has taken place: record its outcome.</source>
        <translation>Le rendez-vous a eu lieu&#xa0;: saisissez son issue.</translation>
    </message>
    <message>
        <source>Planned meeting: record its outcome and minutes once held.</source>
        <translation>Rendez-vous planifié&#xa0;: saisissez son issue et son compte rendu une fois tenu.</translation>
    </message>
    <message>
        <source>This meeting has taken place: its outcome is still to record.</source>
        <translation>Ce rendez-vous a eu lieu&#xa0;: son issue reste à saisir.</translation>
    </message>
    <message>
        <source>Meeting held.</source>
        <translation>Rendez-vous tenu.</translation>
    </message>
    <message>
        <source>Change a participant&apos;s party</source>
        <translation>Modifier la partie d&apos;un participant</translation>
    </message>
    <message>
        <source>Con&amp;vocation</source>
        <translation>Con&amp;vocation</translation>
    </message>
    <message>
        <source>The invitation to this meeting, for the household and the association</source>
        <translation>La convocation à ce rendez-vous, pour le ménage et l&apos;association</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the convocation</source>
        <translation>Imprimer la convocation</translation>
    </message>
    <message>
        <source>Convocation %1 %2</source>
        <translation>Convocation %1 %2</translation>
    </message>
    <message>
        <source>No participant yet — add them with “Add a participant”.</source>
        <translation>Aucun participant pour l&apos;instant — ajoutez-les avec «&#xa0;Ajouter un participant&#xa0;».</translation>
    </message>
    <message>
        <source>Part&amp;y:</source>
        <translation>Part&amp;ie&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>The household&apos;s dwellings (Housing &amp; lease tab), and the dwellings proposed to the CAL.</source>
        <translation>Les logements du ménage (onglet Logement &amp; bail), et ceux proposés à la CAL.</translation>
    </message>
    <message>
        <source>Ot&amp;her dwelling…</source>
        <translation>Au&amp;tre logement…</translation>
    </message>
    <message>
        <source>Choose one of the landlord&apos;s dwellings, or enter one: the entry into it then starts from it</source>
        <translation>Choisir un logement du bailleur, ou en saisir un&#xa0;: l&apos;entrée dans les lieux partira ensuite de lui</translation>
    </message>
    <message>
        <source>Propose a dwelling at the CAL</source>
        <translation>Proposer un logement à la CAL</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Enregistrer en &amp;ODT…</translation>
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
        <source>The unit&apos;s file number</source>
        <translation>Le numéro de dossier de l&apos;unité</translation>
    </message>
    <message>
        <source>Why the partner proposes this household, in professional terms</source>
        <translation>Pourquoi le partenaire propose ce ménage, en termes professionnels</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name (main tenant):</source>
        <translation>&amp;Nom (titulaire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Dispositif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind of household:</source>
        <translation>&amp;Type de ménage&#xa0;:</translation>
    </message>
    <message>
        <source>Referred by (&amp;partner):</source>
        <translation>Orienté par (&amp;partenaire)&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ferrer:</source>
        <translation>Ré&amp;férent qui oriente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of the referral:</source>
        <translation>Date de l&apos;&amp;orientation&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif&#xa0;:</translation>
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
        <translation>Choisissez l&apos;agence.</translation>
    </message>
    <message>
        <source>Choose the action.</source>
        <translation>Choisissez le dispositif.</translation>
    </message>
    <message>
        <source>The reference “%1” is already used by another household.</source>
        <translation>La référence «&#xa0;%1&#xa0;» est déjà utilisée par un autre ménage.</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Known already? The files of the same person are shown before a new one is created.</source>
        <translation>Déjà connu&#xa0;? Les dossiers de la même personne sont montrés avant d&apos;en créer un nouveau.</translation>
    </message>
    <message>
        <source>Date of the referral: %1</source>
        <translation>Date de l&apos;orientation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>Date de naissance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::NewPasswordDialog</name>
    <message>
        <source>New password of %1</source>
        <translation>Nouveau mot de passe de %1</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Nouveau &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>Le même &amp;encore une fois&#xa0;:</translation>
    </message>
    <message>
        <source>Type the new password, then the same again.</source>
        <translation>Tapez le nouveau mot de passe, puis le même une seconde fois.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: tapez deux fois le même.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::OrganisationEditor</name>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Signatory of the contracts</source>
        <translation>Signataire des contrats</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Responsable du pôle social</source>
        <translation>par exemple Responsable du pôle social</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Whom households write to, to exercise their rights (access, rectification, erasure)</source>
        <translation>À qui les ménages écrivent pour exercer leurs droits (accès, rectification, effacement)</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Printed at the top of contracts and letters. PNG, JPEG or SVG image, 2 MB at most.</source>
        <translation>Imprimé en tête des contrats et des courriers. Image PNG, JPEG ou SVG, 2 Mo au plus.</translation>
    </message>
    <message>
        <source>C&amp;hoose an image…</source>
        <translation>C&amp;hoisir une image…</translation>
    </message>
    <message>
        <source>Remo&amp;ve the logo</source>
        <translation>Reti&amp;rer le logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>No logo — documents are printed without one.</source>
        <translation>Aucun logo — les documents sont imprimés sans logo.</translation>
    </message>
    <message>
        <source>%1 logo (no preview available)</source>
        <translation>Logo %1 (aperçu indisponible)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Modèles de documents</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>templates shipped with Passerelle</source>
        <translation>modèles fournis avec Passerelle</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Choisir un d&amp;ossier…</translation>
    </message>
    <message>
        <source>Cop&amp;y the shipped templates there</source>
        <translation>Cop&amp;ier les modèles fournis dans ce dossier</translation>
    </message>
    <message>
        <source>Puts a copy of each shipped template in the folder (files already there are left alone), to start editing them</source>
        <translation>Place une copie de chaque modèle fourni dans le dossier (les fichiers déjà présents ne sont pas touchés), pour commencer à les modifier</translation>
    </message>
    <message>
        <source>Folder of the document templates</source>
        <translation>Dossier des modèles de documents</translation>
    </message>
    <message>
        <source>The folder already holds every template: nothing was copied.</source>
        <translation>Le dossier contient déjà tous les modèles&#xa0;: rien n&apos;a été copié.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) copied: edit them with any HTML editor; the changes print at once.</source>
        <translation>
            <numerusform>%n modèle copié&#xa0;: modifiez-le avec un éditeur HTML&#xa0;; les changements s&apos;impriment aussitôt.</numerusform>
            <numerusform>%n modèles copiés&#xa0;: modifiez-les avec un éditeur HTML&#xa0;; les changements s&apos;impriment aussitôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>When Passerelle starts and the last backup is more than a day old, it backs the base up into this folder (leave empty for a « Sauvegardes » folder beside the base) and keeps the newest ones. Choose a folder on another disk or a network drive if you can. On a PostgreSQL server, backups are the server&apos;s job.</source>
        <translation>Au démarrage, si la dernière sauvegarde a plus d&apos;un jour, Passerelle sauvegarde la base dans ce dossier (laissez vide pour un dossier «&#xa0;Sauvegardes&#xa0;» à côté de la base) et garde les plus récentes. Choisissez si possible un dossier sur un autre disque ou un lecteur réseau. Sur un serveur PostgreSQL, les sauvegardes sont l&apos;affaire du serveur.</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>Doss&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <source>« Sauvegardes » beside the base</source>
        <translation>«&#xa0;Sauvegardes&#xa0;» à côté de la base</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Garder les&#xa0;:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> dernières sauvegardes</translation>
    </message>
    <message>
        <source>Folder of the automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>This is a file, not a folder: choose a folder for the backups.</source>
        <translation>C&apos;est un fichier, pas un dossier&#xa0;: choisissez un dossier pour les sauvegardes.</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Changer le nom</translation>
    </message>
    <message>
        <source>Change the postal code</source>
        <translation>Changer le code postal</translation>
    </message>
    <message>
        <source>Change the city</source>
        <translation>Changer la ville</translation>
    </message>
    <message>
        <source>Change the phone</source>
        <translation>Changer le téléphone</translation>
    </message>
    <message>
        <source>Change the email</source>
        <translation>Changer le courriel</translation>
    </message>
    <message>
        <source>Change the website</source>
        <translation>Changer le site web</translation>
    </message>
    <message>
        <source>Change the signatory&apos;s name</source>
        <translation>Changer le nom du signataire</translation>
    </message>
    <message>
        <source>Change the signatory&apos;s title</source>
        <translation>Changer la fonction du signataire</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Changer l&apos;adresse</translation>
    </message>
    <message>
        <source>Change the data-protection contact</source>
        <translation>Changer le contact pour la protection des données</translation>
    </message>
    <message>
        <source>The contract, the convocation and the committee agenda print from HTML templates. To adapt them, choose a folder holding your own contract.html, convocation.html or committee_agenda.html; a template missing from it is taken from those shipped with Passerelle. Leave empty to use those. The template editor lists the fields each template may use, with a preview on a household.</source>
        <translation>Le contrat, la convocation et l&apos;ordre du jour de commission s&apos;impriment depuis des modèles HTML. Pour les adapter, choisissez un dossier contenant vos propres contract.html, convocation.html ou committee_agenda.html&#xa0;; un modèle absent du dossier est pris parmi ceux fournis avec Passerelle. Laissez vide pour utiliser ceux-ci. L&apos;éditeur de modèles liste les champs que chaque modèle peut utiliser, avec un aperçu sur un ménage.</translation>
    </message>
    <message>
        <source>&amp;Edit a template…</source>
        <translation>&amp;Modifier un modèle…</translation>
    </message>
    <message>
        <source>Opens the editor of the templates, with the list of their fields and a preview; it saves into the templates folder of the saved settings</source>
        <translation>Ouvre l&apos;éditeur des modèles, avec la liste de leurs champs et un aperçu&#xa0;; il enregistre dans le dossier des modèles des paramètres enregistrés</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::PartnerEditor</name>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>e.g. UCRM</source>
        <translation>par exemple UCRM</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Active (offered in the choices)</source>
        <translation>&amp;Actif (proposé dans les choix)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Fields of action</source>
        <translation>Champs d&apos;action</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>No contact yet — add one with the button below.</source>
        <translation>Aucun contact pour l&apos;instant — ajoutez-en un avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <source>Agreements (conventions)</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Dwellings reserved</source>
        <translation>Logements réservés</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Ajouter une convention</translation>
    </message>
    <message>
        <source>No agreement yet — add one with the button below.</source>
        <translation>Aucune convention pour l&apos;instant — ajoutez-en une avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Changer le code</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Changer le nom</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Changer l&apos;adresse</translation>
    </message>
    <message>
        <source>Change the phone</source>
        <translation>Changer le téléphone</translation>
    </message>
    <message>
        <source>Change the email</source>
        <translation>Changer le courriel</translation>
    </message>
    <message>
        <source>Activate or deactivate</source>
        <translation>Activer ou désactiver</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>Change the fields of action</source>
        <translation>Changer les champs d&apos;action</translation>
    </message>
    <message>
        <source>Edit the contacts</source>
        <translation>Modifier les contacts</translation>
    </message>
    <message>
        <source>Edit the agreements</source>
        <translation>Modifier les conventions</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::PlanTab</name>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Dispositif&#xa0;:</translation>
    </message>
    <message>
        <source>The support whose plan is shown (one plan per action)</source>
        <translation>L&apos;accompagnement dont le plan est affiché (un plan par dispositif)</translation>
    </message>
    <message>
        <source>&amp;Create the support plan</source>
        <translation>&amp;Créer le plan d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Date of the &amp;plan:</source>
        <translation>Date du &amp;plan&#xa0;:</translation>
    </message>
    <message>
        <source>Notes on the plan</source>
        <translation>Notes sur le plan</translation>
    </message>
    <message>
        <source>Create the support plan</source>
        <translation>Créer le plan d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Change the date of the plan</source>
        <translation>Modifier la date du plan</translation>
    </message>
    <message>
        <source>Edit the notes on the plan</source>
        <translation>Modifier les notes du plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Objectives by axis</source>
        <translation>Objectifs par axe</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>No objective yet — add the first one with “Add an objective”, then describe it in the form beside.</source>
        <translation>Aucun objectif pour l&apos;instant — ajoutez le premier avec «&#xa0;Ajouter un objectif&#xa0;», puis décrivez-le dans le formulaire à côté.</translation>
    </message>
    <message>
        <source>Add an &amp;objective</source>
        <translation>Ajouter un &amp;objectif</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected objective (Del); Ctrl+Z brings it back</source>
        <translation>Supprimer l&apos;objectif sélectionné (Suppr)&#xa0;; Ctrl+Z le rétablit</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the objective up within its axis (Alt+Shift+Up)</source>
        <translation>Monter l&apos;objectif dans son axe (Alt+Maj+Haut)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the objective down within its axis (Alt+Shift+Down)</source>
        <translation>Descendre l&apos;objectif dans son axe (Alt+Maj+Bas)</translation>
    </message>
    <message>
        <source>Remove an objective</source>
        <translation>Supprimer un objectif</translation>
    </message>
    <message>
        <source>Choose an objective in the list to edit it.</source>
        <translation>Choisissez un objectif dans la liste pour le modifier.</translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation>&amp;Axe&#xa0;:</translation>
    </message>
    <message>
        <source>What the household will achieve</source>
        <translation>Ce que le ménage va réaliser</translation>
    </message>
    <message>
        <source>Ob&amp;jective:</source>
        <translation>Ob&amp;jectif&#xa0;:</translation>
    </message>
    <message>
        <source>Planned a&amp;ctions:</source>
        <translation>Actions pré&amp;vues&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation>Date c&amp;ible&#xa0;:</translation>
    </message>
    <message>
        <source>Filled with today&apos;s date when the objective is marked achieved</source>
        <translation>Rempli avec la date du jour quand l&apos;objectif est marqué atteint</translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation>Att&amp;eint le&#xa0;:</translation>
    </message>
    <message>
        <source>Change the axis of an objective</source>
        <translation>Modifier l&apos;axe d&apos;un objectif</translation>
    </message>
    <message>
        <source>Change the title of an objective</source>
        <translation>Modifier l&apos;intitulé d&apos;un objectif</translation>
    </message>
    <message>
        <source>Edit the planned actions</source>
        <translation>Modifier les actions prévues</translation>
    </message>
    <message>
        <source>Change the status of an objective</source>
        <translation>Modifier le statut d&apos;un objectif</translation>
    </message>
    <message>
        <source>Change the target date of an objective</source>
        <translation>Modifier la date cible d&apos;un objectif</translation>
    </message>
    <message>
        <source>Change the date an objective was achieved</source>
        <translation>Modifier la date d&apos;atteinte d&apos;un objectif</translation>
    </message>
    <message>
        <source>Partners mobilised</source>
        <translation>Partenaires mobilisés</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>No partner mobilised — add one when a specific need calls for it (mediation, health, parenting…).</source>
        <translation>Aucun partenaire mobilisé — ajoutez-en un quand un besoin particulier le demande (médiation, santé, parentalité…).</translation>
    </message>
    <message>
        <source>&amp;Mobilise a partner</source>
        <translation>&amp;Mobiliser un partenaire</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtenaire&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;eed:</source>
        <translation>Be&amp;soin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Mobilise a partner</source>
        <translation>Mobiliser un partenaire</translation>
    </message>
    <message>
        <source>Remove a mobilised partner</source>
        <translation>Retirer un partenaire mobilisé</translation>
    </message>
    <message>
        <source>Change the partner mobilised</source>
        <translation>Modifier le partenaire mobilisé</translation>
    </message>
    <message>
        <source>Change the need</source>
        <translation>Modifier le besoin</translation>
    </message>
    <message>
        <source>Change the start of a mobilisation</source>
        <translation>Modifier le début d&apos;une mobilisation</translation>
    </message>
    <message>
        <source>Change the end of a mobilisation</source>
        <translation>Modifier la fin d&apos;une mobilisation</translation>
    </message>
    <message>
        <source>Edit the notes on a partner</source>
        <translation>Modifier les notes sur un partenaire</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Move an objective up</source>
        <translation>Monter un objectif</translation>
    </message>
    <message>
        <source>Move an objective down</source>
        <translation>Descendre un objectif</translation>
    </message>
    <message>
        <source>(no support)</source>
        <translation>(aucun accompagnement)</translation>
    </message>
    <message>
        <source>This household has no support yet. Add one in the Situation tab: its support plan is then written here.</source>
        <translation>Ce ménage n&apos;a pas encore d&apos;accompagnement. Ajoutez-en un dans l&apos;onglet Situation&#xa0;: son plan d&apos;accompagnement s&apos;écrit ensuite ici.</translation>
    </message>
    <message>
        <source>No support plan yet for %1. Create it to set the objectives agreed with the household, axis by axis, and the partners to mobilise.</source>
        <translation>Pas encore de plan d&apos;accompagnement pour %1. Créez-le pour fixer, axe par axe, les objectifs convenus avec le ménage et les partenaires à mobiliser.</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) overdue</source>
        <translation>
            <numerusform>%n objectif en retard</numerusform>
            <numerusform>%n objectifs en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>(no axis)</source>
        <translation>(sans axe)</translation>
    </message>
    <message>
        <source>(objective to describe)</source>
        <translation>(objectif à décrire)</translation>
    </message>
    <message>
        <source>Overdue: the target date (%1) has passed and the objective is not achieved.</source>
        <translation>En retard&#xa0;: la date cible (%1) est passée et l&apos;objectif n&apos;est pas atteint.</translation>
    </message>
    <message>
        <source>(partner to choose)</source>
        <translation>(partenaire à choisir)</translation>
    </message>
    <message>
        <source>%1, in response to the alert “%2” of %3 (still open)</source>
        <translation>%1, en réponse à l&apos;alerte « %2 » du %3 (toujours ouverte)</translation>
    </message>
    <message>
        <source>%1, in response to the alert “%2” of %3 (closed)</source>
        <translation>%1, en réponse à l&apos;alerte « %2 » du %3 (close)</translation>
    </message>
    <message>
        <source>Also mobilised after an alert (Follow-up tab):</source>
        <translation>Également mobilisés après une alerte (onglet Suivi)&#xa0;:</translation>
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
    <name>Passerelle::Ui::RecordEditor</name>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation>Créer une nouvelle fiche (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>● Modified — not saved</source>
        <translation>● Modifié — non enregistré</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>A&amp;bandonner les modifications</translation>
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
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>«&#xa0;%1&#xa0;» comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Créé.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Go back to the record as saved (can be undone)</source>
        <translation>Revenir à la fiche telle qu&apos;enregistrée (peut être annulé)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ReferenceListsEditor</name>
    <message>
        <source>Fixed list: Passerelle&apos;s rules depend on its entries.</source>
        <translation>Liste fixe&#xa0;: les règles de Passerelle dépendent de ses valeurs.</translation>
    </message>
    <message>
        <source>You may add entries to this list.</source>
        <translation>Vous pouvez ajouter des valeurs à cette liste.</translation>
    </message>
    <message>
        <source>Lists in italics are fixed; entries may be added to the others.</source>
        <translation>Les listes en italique sont fixes&#xa0;; les autres acceptent de nouvelles valeurs.</translation>
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
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>lower-case words joined by “_”, e.g. jeune_majeur</source>
        <translation>mots en minuscules reliés par «&#xa0;_&#xa0;», par exemple jeune_majeur</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <source>This list is fixed: Passerelle&apos;s rules depend on each of its entries, so none can be added, renamed or hidden.</source>
        <translation>Cette liste est fixe&#xa0;: les règles de Passerelle dépendent de chacune de ses valeurs, aucune ne peut donc être ajoutée, renommée ou masquée.</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>D&apos;origine</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquée</translation>
    </message>
    <message>
        <source>Built-in entry: read-only.</source>
        <translation>Valeur d&apos;origine&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <source>&amp;Show again in the choices</source>
        <translation>&amp;Proposer de nouveau dans les choix</translation>
    </message>
    <message>
        <source>&amp;Hide from the choices</source>
        <translation>&amp;Masquer des choix</translation>
    </message>
    <message>
        <source>Built-in entries cannot be hidden: the data and the year-end review rely on them.</source>
        <translation>Les valeurs d&apos;origine ne peuvent pas être masquées&#xa0;: les données et le bilan annuel en dépendent.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Lab&amp;el:</source>
        <translation>Libell&amp;é&#xa0;:</translation>
    </message>
    <message>
        <source>Rename the entry</source>
        <translation>Renommer la valeur</translation>
    </message>
    <message>
        <source>Built-in entries are read-only: their codes are used in the data, the imports and the year-end review. You may add entries to this list; an entry you added can be renamed (choose it, then change its label under the list) or hidden from the choices — records that use it keep it.</source>
        <translation>Les valeurs d&apos;origine ne sont pas modifiables&#xa0;: leurs codes servent aux données, aux imports et au bilan annuel. Vous pouvez ajouter des valeurs à cette liste&#xa0;; une valeur ajoutée peut être renommée (choisissez-la, puis modifiez son libellé sous la liste) ou masquée des choix — les fiches qui l&apos;utilisent la conservent.</translation>
    </message>
    <message>
        <source>Added entry: choose it to change its label under the list.</source>
        <translation>Valeur ajoutée&#xa0;: choisissez-la pour modifier son libellé sous la liste.</translation>
    </message>
    <message>
        <source>Hide the entry from the choices</source>
        <translation>Masquer la valeur des choix</translation>
    </message>
    <message>
        <source>Offer the entry again</source>
        <translation>Proposer de nouveau la valeur</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::RetentionPage</name>
    <message>
        <source>The CNIL&apos;s rules for social support (délibération 2021-028, référentiel of retention periods 2023-095) keep a household&apos;s file in the active base for 2 years after the last contact and the end of support. After that the file is anonymised: names, birth dates, phone, e-mail, street address, every free text and the stored prints are erased; the coded data stays, so that the reviews of past years keep their figures. The erased bytes are removed from the base.</source>
        <translation>Les règles de la CNIL pour l&apos;accompagnement social (délibération 2021-028, référentiel des durées de conservation 2023-095) gardent le dossier d&apos;un ménage en base active 2 ans après le dernier contact et la fin de l&apos;accompagnement. Ensuite le dossier est anonymisé&#xa0;: noms, dates de naissance, téléphone, courriel, adresse, tous les textes libres et les impressions conservées sont effacés&#xa0;; les données codées restent, pour que les bilans des années passées gardent leurs chiffres. Les octets effacés sont retirés de la base.</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Household files, after the last contact and the end of &amp;support:</source>
        <translation>Dossiers des ménages, après le dernier contact et la fin de l&apos;&amp;accompagnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Journal entries (6 months to 3 years):</source>
        <translation>Entrées du &amp;journal (6 mois à 3 ans)&#xa0;:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin d&apos;accompagnement</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymiser…</translation>
    </message>
    <message numerus="yes">
        <source>No household is due for anonymisation: every household had a contact or a support after %1. The retention run still purges the journal entries older than %n month(s).</source>
        <translation>
            <numerusform>Aucun ménage n&apos;est à anonymiser&#xa0;: chaque ménage a eu un contact ou un accompagnement après le %1. Le passage de la conservation purge tout de même les entrées du journal de plus de %n mois.</numerusform>
            <numerusform>Aucun ménage n&apos;est à anonymiser&#xa0;: chaque ménage a eu un contact ou un accompagnement après le %1. Le passage de la conservation purge tout de même les entrées du journal de plus de %n mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with neither contact nor support since %1. Untick those to keep for now (an ongoing procedure, for instance).</source>
        <translation>
            <numerusform>%n ménage sans contact ni accompagnement depuis le %1. Décochez ceux à garder pour l&apos;instant (une procédure en cours, par exemple).</numerusform>
            <numerusform>%n ménages sans contact ni accompagnement depuis le %1. Décochez ceux à garder pour l&apos;instant (une procédure en cours, par exemple).</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message numerus="yes">
        <source>No household is ticked: only the journal entries older than %n month(s) will be purged.</source>
        <translation>
            <numerusform>Aucun ménage n&apos;est coché&#xa0;: seules les entrées du journal de plus de %n mois seront purgées.</numerusform>
            <numerusform>Aucun ménage n&apos;est coché&#xa0;: seules les entrées du journal de plus de %n mois seront purgées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n household(s)?</source>
        <translation>
            <numerusform>Anonymiser %n ménage&#xa0;?</numerusform>
            <numerusform>Anonymiser %n ménages&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each household, the following will be erased for good: the names and first names of its members, their birth dates, the phone, the e-mail, the street address of its dwellings, every note and free text of its file (diagnostic, meetings, contract, plan, contacts, alerts, committees, end of support) and the printed contracts kept. The reference, the dates and the coded data stay, so that the reviews keep their figures. Journal entries older than %n month(s) are purged too. This cannot be undone.</source>
        <translation>
            <numerusform>Pour chaque ménage seront effacés définitivement&#xa0;: les noms et prénoms de ses membres, leurs dates de naissance, le téléphone, le courriel, l&apos;adresse de ses logements, toutes les notes et tous les textes libres de son dossier (diagnostic, rendez-vous, contrat, plan, contacts, alertes, commissions, fin d&apos;accompagnement) et les contrats imprimés conservés. La référence, les dates et les données codées restent, pour que les bilans gardent leurs chiffres. Les entrées du journal de plus de %n mois sont purgées aussi. C&apos;est irréversible.</numerusform>
            <numerusform>Pour chaque ménage seront effacés définitivement&#xa0;: les noms et prénoms de ses membres, leurs dates de naissance, le téléphone, le courriel, l&apos;adresse de ses logements, toutes les notes et tous les textes libres de son dossier (diagnostic, rendez-vous, contrat, plan, contacts, alertes, commissions, fin d&apos;accompagnement) et les contrats imprimés conservés. La référence, les dates et les données codées restent, pour que les bilans gardent leurs chiffres. Les entrées du journal de plus de %n mois sont purgées aussi. C&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymiser</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymisation…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) anonymised.</source>
        <translation>
            <numerusform>%n ménage anonymisé.</numerusform>
            <numerusform>%n ménages anonymisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old journal entry(ies) purged.</source>
        <translation>
            <numerusform>%n entrée ancienne du journal purgée.</numerusform>
            <numerusform>%n entrées anciennes du journal purgées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: run it again for the others.</source>
        <translation>Arrêté avant la fin&#xa0;: relancez-le pour les autres.</translation>
    </message>
    <message>
        <source>Change the retention of household files</source>
        <translation>Modifier la durée de conservation des dossiers des ménages</translation>
    </message>
    <message>
        <source>Change the retention of journal entries</source>
        <translation>Modifier la durée de conservation des entrées du journal</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ReviewCharts</name>
    <message>
        <source>No data for the period</source>
        <translation>Aucune donnée sur la période</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) of fewer than 5 households not drawn.</source>
        <translation>
            <numerusform>%n catégorie de moins de 5 ménages n&apos;est pas dessinée.</numerusform>
            <numerusform>%n catégories de moins de 5 ménages ne sont pas dessinées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort: %1 households</source>
        <translation>Cohorte&#xa0;: %1 ménages</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ReviewHouseholdsDialog</name>
    <message>
        <source>Households behind « %1 »</source>
        <translation>Ménages comptés dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s). Double-click a household to open its file.</source>
        <translation>
            <numerusform>%n ménage. Double-cliquez sur un ménage pour ouvrir son dossier.</numerusform>
            <numerusform>%n ménages. Double-cliquez sur un ménage pour ouvrir son dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the list of households</source>
        <translation>Exporter la liste des ménages</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>List exported to %1.</source>
        <translation>Liste exportée dans %1.</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ReviewPage</name>
    <message>
        <source>Annual review</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Year of the review</source>
        <translation>Année du bilan</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Autres dates</translation>
    </message>
    <message>
        <source>Choose any period instead of a calendar year</source>
        <translation>Choisir une période quelconque au lieu d&apos;une année civile</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Show counts from 1 to 4 as « &lt; 5 » in breakdowns (publication)</source>
        <translation>Afficher «&#xa0;&lt; 5&#xa0;» pour les effectifs de 1 à 4 dans les répartitions (publication)</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Actions of the review (none ticked: all)</source>
        <translation>Actions du bilan (aucune cochée&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>Votre agence</translation>
    </message>
    <message>
        <source>You see the households of your agency only.</source>
        <translation>Vous ne voyez que les ménages de votre agence.</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <source>Agencies of the review (none ticked: all)</source>
        <translation>Agences du bilan (aucune cochée&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>The end of the period is before its start: correct the dates.</source>
        <translation>La fin de la période est avant son début&#xa0;: corrigez les dates.</translation>
    </message>
    <message>
        <source>Computation cancelled: the figures shown are those of the previous request.</source>
        <translation>Calcul annulé&#xa0;: les chiffres affichés sont ceux de la demande précédente.</translation>
    </message>
    <message>
        <source>Computation cancelled.</source>
        <translation>Calcul annulé.</translation>
    </message>
    <message>
        <source>Review of %1, %2, %3.</source>
        <translation>Bilan de %1, %2, %3.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>No data for the period</source>
        <translation>Aucune donnée sur la période</translation>
    </message>
    <message>
        <source>n.a.</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Click to list the households behind this figure.</source>
        <translation>Cliquez pour lister les ménages derrière ce chiffre.</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Review exported to %1.</source>
        <translation>Bilan exporté dans %1.</translation>
    </message>
    <message>
        <source>Compute the review before exporting it.</source>
        <translation>Calculez le bilan avant de l&apos;exporter.</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ReviewedHouseholds</name>
    <message>
        <source>Households reviewed</source>
        <translation>Ménages examinés</translation>
    </message>
    <message>
        <source>Add the s&amp;uggested households…</source>
        <translation>Ajouter les ménages s&amp;uggérés…</translation>
    </message>
    <message>
        <source>Add a &amp;household:</source>
        <translation>Ajouter un &amp;ménage&#xa0;:</translation>
    </message>
    <message>
        <source>Reference or name…</source>
        <translation>Référence ou nom…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Double-click a household to open its file; the reason can be edited (F2).</source>
        <translation>Double-cliquez sur un ménage pour ouvrir son dossier&#xa0;; le motif peut être modifié (F2).</translation>
    </message>
    <message>
        <source>No household listed yet — add the suggested households or search for one above.</source>
        <translation>Aucun ménage inscrit pour l&apos;instant — ajoutez les ménages suggérés ou recherchez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Take the household off this committee&apos;s list (can be undone)</source>
        <translation>Retirer le ménage de la liste de cette commission (peut être annulé)</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the household&apos;s file on its follow-up tab</source>
        <translation>Ouvrir le dossier du ménage sur l&apos;onglet Suivi</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>Décis&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <source>Dec&amp;ision notes:</source>
        <translation>No&amp;tes sur la décision&#xa0;:</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Saisir une décision</translation>
    </message>
    <message>
        <source>Edit the decision notes</source>
        <translation>Modifier les notes sur la décision</translation>
    </message>
    <message>
        <source>Edit the reason</source>
        <translation>Modifier le motif</translation>
    </message>
    <message>
        <source>Households in support with an open alert, an overdue objective or no recent contact on the day of the committee</source>
        <translation>Ménages accompagnés ayant une alerte en cours, un objectif en retard ou aucun contact récent au jour de la commission</translation>
    </message>
    <message>
        <source>Choose the agency and the date of the committee first.</source>
        <translation>Choisissez d&apos;abord l&apos;agence et la date de la commission.</translation>
    </message>
    <message>
        <source>(not visible)</source>
        <translation>(non visible)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a household in the list to record the decision.</source>
        <translation>Choisissez un ménage dans la liste pour saisir la décision.</translation>
    </message>
    <message>
        <source>Add a household</source>
        <translation>Ajouter un ménage</translation>
    </message>
    <message>
        <source>Follow-up committees</source>
        <translation>Commissions de suivi</translation>
    </message>
    <message>
        <source>Households to review at the committee of %1 — %2</source>
        <translation>Ménages à examiner à la commission du %1 — %2</translation>
    </message>
    <message>
        <source>Add the suggested households</source>
        <translation>Ajouter les ménages suggérés</translation>
    </message>
    <message>
        <source>Move a household up</source>
        <translation>Monter un ménage</translation>
    </message>
    <message>
        <source>Move a household down</source>
        <translation>Descendre un ménage</translation>
    </message>
    <message>
        <source>Remove a household</source>
        <translation>Retirer un ménage</translation>
    </message>
    <message>
        <source>already listed</source>
        <translation>déjà inscrit</translation>
    </message>
    <message>
        <source>No household of this agency matches “%1”.</source>
        <translation>Aucun ménage de cette agence ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>… %n more: type more of the name or reference.</source>
        <translation>
            <numerusform>… et %n autre&#xa0;: précisez le nom ou la référence.</numerusform>
            <numerusform>… et %n autres&#xa0;: précisez le nom ou la référence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::SamePersonDialog</name>
    <message>
        <source>Already known?</source>
        <translation>Déjà connu&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with the same name and birth date already appear in the files you can see. If the household is one of them (referred again by another partner, or already a tenant), open its file instead of creating a second one.</source>
        <translation>
            <numerusform>%n personne de même nom et de même date de naissance figure déjà dans les dossiers que vous pouvez voir. Si le ménage est celui-là (orienté à nouveau par un autre partenaire, ou déjà locataire), ouvrez son dossier plutôt que d&apos;en créer un second.</numerusform>
            <numerusform>%n personnes de même nom et de même date de naissance figurent déjà dans les dossiers que vous pouvez voir. Si le ménage est l&apos;un d&apos;eux (orienté à nouveau par un autre partenaire, ou déjà locataire), ouvrez son dossier plutôt que d&apos;en créer un second.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Open this file</source>
        <translation>&amp;Ouvrir ce dossier</translation>
    </message>
    <message>
        <source>&amp;Create a new household</source>
        <translation>&amp;Créer un nouveau ménage</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ScanViewerDialog</name>
    <message>
        <source>%1 — attached on %2 by %3 — SHA-256 %4</source>
        <translation>%1 — joint le %2 par %3 — SHA-256 %4</translation>
    </message>
    <message>
        <source>The image cannot be read (it may be damaged). Save a copy and open it in an image viewer, or attach the scan again.</source>
        <translation>L&apos;image ne peut pas être lue (elle est peut-être endommagée). Enregistrez-en une copie et ouvrez-la dans une visionneuse d&apos;images, ou joignez de nouveau le scan.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the signed contract</source>
        <translation>Enregistrer une copie du contrat signé</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::SituationTab</name>
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
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CESF referent:</source>
        <translation>&amp;CESF référente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>C&amp;ourriel&#xa0;:</translation>
    </message>
    <message>
        <source>Consent to data &amp;processing:</source>
        <translation>Consentement au &amp;traitement des données&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;omposition:</source>
        <translation>Co&amp;mposition&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ublics:</source>
        <translation>P&amp;ublics&#xa0;:</translation>
    </message>
    <message>
        <source>Situation &amp;before entry:</source>
        <translation>Situation &amp;antérieure&#xa0;:</translation>
    </message>
    <message>
        <source>Monthly &amp;income:</source>
        <translation>Ressources &amp;mensuelles&#xa0;:</translation>
    </message>
    <message>
        <source>Main &amp;source of income:</source>
        <translation>&amp;Source principale de ressources&#xa0;:</translation>
    </message>
    <message>
        <source>All sources of income:</source>
        <translation>Toutes les sources de ressources&#xa0;:</translation>
    </message>
    <message>
        <source>Change the reference</source>
        <translation>Modifier la référence</translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation>Modifier l&apos;agence</translation>
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
        <source>Association&apos;s referent</source>
        <translation>Référent de l&apos;association</translation>
    </message>
    <message>
        <source>Start of support</source>
        <translation>Début de l&apos;accompagnement</translation>
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
        <source>Change the association&apos;s referent</source>
        <translation>Modifier le référent de l&apos;association</translation>
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
        <translation>Modifier l&apos;association</translation>
    </message>
    <message>
        <source>Change the start of support</source>
        <translation>Modifier le début de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Change the intensity</source>
        <translation>Modifier l&apos;intensité</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Orienteur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>Issue le</translation>
    </message>
    <message>
        <source>Who referred the household, why, and what became of the referral (accepted, refused...): the year-end review counts the outcomes.</source>
        <translation>Qui a orienté le ménage, pourquoi, et ce qu&apos;est devenue l&apos;orientation (acceptée, refusée…)&#xa0;: le bilan annuel compte ces issues.</translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation>Ajouter une orientation</translation>
    </message>
    <message>
        <source>Remove a referral</source>
        <translation>Retirer une orientation</translation>
    </message>
    <message>
        <source>Change who referred</source>
        <translation>Modifier l&apos;orienteur</translation>
    </message>
    <message>
        <source>Change the reason of the referral</source>
        <translation>Modifier le motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>Change the date of the referral</source>
        <translation>Modifier la date de l&apos;orientation</translation>
    </message>
    <message>
        <source>Change the outcome of the referral</source>
        <translation>Modifier l&apos;issue de l&apos;orientation</translation>
    </message>
    <message>
        <source>Change the date of the outcome</source>
        <translation>Modifier la date de l&apos;issue</translation>
    </message>
    <message>
        <source>Notes shared with the association</source>
        <translation>Notes partagées avec l&apos;association</translation>
    </message>
    <message>
        <source>The partner association&apos;s referent reads these notes.</source>
        <translation>Le référent de l&apos;association partenaire lit ces notes.</translation>
    </message>
    <message>
        <source>Notes internal to the landlord</source>
        <translation>Notes internes au bailleur</translation>
    </message>
    <message>
        <source>Never shown to the partner association.</source>
        <translation>Jamais montrées à l&apos;association partenaire.</translation>
    </message>
    <message>
        <source>Edit the internal notes</source>
        <translation>Modifier les notes internes</translation>
    </message>
    <message>
        <source>Change what was explained at consent</source>
        <translation>Modifier ce qui a été expliqué lors du consentement</translation>
    </message>
    <message>
        <source>Explained at consent:</source>
        <translation>Expliqué lors du consentement&#xa0;:</translation>
    </message>
    <message>
        <source>No member yet — add the household&apos;s members with “Add a member”.</source>
        <translation>Aucun membre pour l&apos;instant — ajoutez les membres du ménage avec «&#xa0;Ajouter un membre&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Signs the co&amp;ntract</source>
        <translation>S&amp;igne le contrat</translation>
    </message>
    <message>
        <source>No support yet — add the action that follows the household with “Add a support”.</source>
        <translation>Aucun accompagnement — ajoutez le dispositif qui suit le ménage avec «&#xa0;Ajouter un accompagnement&#xa0;».</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>Dispositi&amp;f&#xa0;:</translation>
    </message>
    <message>
        <source>Household &amp;kind:</source>
        <translation>T&amp;ype de ménage&#xa0;:</translation>
    </message>
    <message>
        <source>Associa&amp;tion:</source>
        <translation>Association&#xa0;:</translation>
    </message>
    <message>
        <source>Its refere&amp;nt:</source>
        <translation>Son référ&amp;ent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start of support:</source>
        <translation>Dé&amp;but de l&apos;accompagnement&#xa0;:</translation>
    </message>
    <message>
        <source>Intensit&amp;y:</source>
        <translation>Intensité&#xa0;:</translation>
    </message>
    <message>
        <source>No referral recorded — add who referred the household with “Add a referral”.</source>
        <translation>Aucune orientation enregistrée — indiquez qui a orienté le ménage avec «&#xa0;Ajouter une orientation&#xa0;».</translation>
    </message>
    <message>
        <source>Actio&amp;n:</source>
        <translation>Dispositif&#xa0;:</translation>
    </message>
    <message>
        <source>Referred o&amp;n:</source>
        <translation>Orienté le&#xa0;:</translation>
    </message>
    <message>
        <source>Referred b&amp;y:</source>
        <translation>Orienté par&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ferrer:</source>
        <translation>Personne qui oriente&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome o&amp;n:</source>
        <translation>Issue le&#xa0;:</translation>
    </message>
    <message>
        <source>Ci&amp;vility:</source>
        <translation>Ci&amp;vilité&#xa0;:</translation>
    </message>
    <message>
        <source>Change a civility</source>
        <translation>Changer une civilité</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::SuggestionsDialog</name>
    <message>
        <source>Suggested households</source>
        <translation>Ménages suggérés</translation>
    </message>
    <message numerus="yes">
        <source>Households in support with an open alert, an overdue objective or no contact for more than %n day(s) on the day of the committee.</source>
        <translation>
            <numerusform>Ménages accompagnés ayant une alerte en cours, un objectif en retard ou aucun contact depuis plus de %n jour au jour de la commission.</numerusform>
            <numerusform>Ménages accompagnés ayant une alerte en cours, un objectif en retard ou aucun contact depuis plus de %n jours au jour de la commission.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>No household to suggest: every household in support was met recently, with no open alert and no overdue objective.</source>
        <translation>Aucun ménage à suggérer&#xa0;: chaque ménage accompagné a été rencontré récemment, sans alerte en cours ni objectif en retard.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested household(s) already listed for this committee.</source>
        <translation>
            <numerusform>%n ménage suggéré déjà inscrit à cette commission.</numerusform>
            <numerusform>%n ménages suggérés déjà inscrits à cette commission.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add the checked households</source>
        <translation>&amp;Ajouter les ménages cochés</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::TabForms</name>
    <message>
        <source>“%1” is not an amount: write it as 1 234,50, or clear it.</source>
        <translation>« %1 » n&apos;est pas un montant&#xa0;: écrivez-le comme 1 234,50, ou effacez-le.</translation>
    </message>
    <message>
        <source>Nothing was saved: a field holds what Passerelle cannot read, and it would be lost.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: un champ contient ce que Passerelle ne sait pas lire, et cela serait perdu.</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::TemplateEditorDialog</name>
    <message>
        <source>Document templates</source>
        <translation>Modèles de documents</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Support contract</source>
        <translation>Contrat d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Convocation to a tripartite meeting</source>
        <translation>Convocation à un rendez-vous tripartite</translation>
    </message>
    <message>
        <source>Follow-up committee agenda</source>
        <translation>Ordre du jour de commission de suivi</translation>
    </message>
    <message>
        <source>Pre&amp;view with:</source>
        <translation>A&amp;perçu avec&#xa0;:</translation>
    </message>
    <message>
        <source>Search a household by name or reference…</source>
        <translation>Chercher un ménage par nom ou référence…</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped template</source>
        <translation>&amp;Rétablir le modèle fourni</translation>
    </message>
    <message>
        <source>Puts the template shipped with Passerelle in the editor (undo with Ctrl+Z; nothing is written until you save)</source>
        <translation>Remet dans l&apos;éditeur le modèle fourni avec Passerelle (annulez avec Ctrl+Z&#xa0;; rien n&apos;est écrit avant l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;HTML of the template:</source>
        <translation>&amp;HTML du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Click an error to go to its line</source>
        <translation>Cliquez sur une erreur pour aller à sa ligne</translation>
    </message>
    <message>
        <source>Fields the template may &amp;use:</source>
        <translation>Champs &amp;utilisables dans le modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Filter the fields…</source>
        <translation>Filtrer les champs…</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>Writes the chosen field at the cursor of the template</source>
        <translation>Écrit le champ choisi au curseur du modèle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value for this household</source>
        <translation>Valeur pour ce ménage</translation>
    </message>
    <message>
        <source>Double-click a field to write it at the cursor. The fields of a list are written between its {{#…}} and {{/…}}.</source>
        <translation>Double-cliquez sur un champ pour l&apos;écrire au curseur. Les champs d&apos;une liste s&apos;écrivent entre ses {{#…}} et {{/…}}.</translation>
    </message>
    <message>
        <source>Pr&amp;eview:</source>
        <translation>Ape&amp;rçu&#xa0;:</translation>
    </message>
    <message>
        <source>Read from the templates folder: %1.</source>
        <translation>Lu dans le dossier des modèles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 The shipped template is shown instead.</source>
        <translation>%1 Le modèle fourni est affiché à la place.</translation>
    </message>
    <message>
        <source>The template shipped with Passerelle (no templates folder is chosen).</source>
        <translation>Le modèle fourni avec Passerelle (aucun dossier de modèles n&apos;est choisi).</translation>
    </message>
    <message>
        <source>The template shipped with Passerelle: the templates folder holds no %1 yet.</source>
        <translation>Le modèle fourni avec Passerelle&#xa0;: le dossier des modèles ne contient pas encore de %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No household to preview with: there is none you may see.</source>
        <translation>Aucun ménage pour l&apos;aperçu&#xa0;: vous n&apos;en voyez aucun.</translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation>Aucun ménage ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No follow-up committee to preview the agenda with: plan one in Follow-up committees first.</source>
        <translation>Aucune commission de suivi pour l&apos;aperçu de l&apos;ordre du jour&#xa0;: planifiez-en une d&apos;abord dans Commissions de suivi.</translation>
    </message>
    <message>
        <source>The household %1 has no support contract yet: choose another household to preview the contract, or create its contract in the Contract tab.</source>
        <translation>Le ménage %1 n&apos;a pas encore de contrat d&apos;accompagnement&#xa0;: choisissez un autre ménage pour l&apos;aperçu du contrat, ou créez son contrat dans l&apos;onglet Contrat.</translation>
    </message>
    <message>
        <source>The household %1 has no tripartite meeting yet: choose another household to preview the convocation, or plan a meeting in its Meetings tab.</source>
        <translation>Le ménage %1 n&apos;a pas encore de rendez-vous tripartite&#xa0;: choisissez un autre ménage pour l&apos;aperçu de la convocation, ou planifiez un rendez-vous dans son onglet Rendez-vous.</translation>
    </message>
    <message>
        <source>Choose a household to preview the template with.</source>
        <translation>Choisissez un ménage pour l&apos;aperçu du modèle.</translation>
    </message>
    <message>
        <source>Choose a committee to preview the template with.</source>
        <translation>Choisissez une commission pour l&apos;aperçu du modèle.</translation>
    </message>
    <message>
        <source>Value for this committee</source>
        <translation>Valeur pour cette commission</translation>
    </message>
    <message>
        <source>Double-click to write %1 at the cursor.</source>
        <translation>Double-cliquez pour écrire %1 au curseur.</translation>
    </message>
    <message>
        <source>A field of each item of the list “%1”: write it between {{#%1}} and {{/%1}}.</source>
        <translation>Un champ de chaque élément de la liste « %1 » : écrivez-le entre {{#%1}} et {{/%1}}.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The template has an error on line %1: the preview shows it as it was before.</source>
        <translation>Le modèle a une erreur à la ligne %1&#xa0;: l&apos;aperçu le montre tel qu&apos;il était avant.</translation>
    </message>
    <message>
        <source>The template has an error: the preview shows it as it was before.</source>
        <translation>Le modèle a une erreur&#xa0;: l&apos;aperçu le montre tel qu&apos;il était avant.</translation>
    </message>
    <message>
        <source>No error: every field is known and every section closed.</source>
        <translation>Aucune erreur&#xa0;: chaque champ est connu et chaque section fermée.</translation>
    </message>
    <message>
        <source>The template cannot be filled in: the preview shows it as it was before.</source>
        <translation>Le modèle ne peut pas être rempli&#xa0;: l&apos;aperçu le montre tel qu&apos;il était avant.</translation>
    </message>
    <message>
        <source>The template cannot be shown: the preview shows it as it was before.</source>
        <translation>Le modèle ne peut pas être affiché&#xa0;: l&apos;aperçu le montre tel qu&apos;il était avant.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>To save a template, first choose a templates folder in Administration › Organisation (Document templates), and save the settings: the templates shipped with Passerelle are never changed.</source>
        <translation>Pour enregistrer un modèle, choisissez d&apos;abord un dossier de modèles dans Administration › Organisation (Modèles de documents), et enregistrez les paramètres&#xa0;: les modèles fournis avec Passerelle ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>The templates folder “%1” does not exist: correct it in Administration › Organisation first.</source>
        <translation>Le dossier des modèles « %1 » n&apos;existe pas&#xa0;: corrigez-le d&apos;abord dans Administration › Organisation.</translation>
    </message>
    <message>
        <source>Writes the template to %1; the next documents print with it.</source>
        <translation>Écrit le modèle dans %1&#xa0;; les prochains documents s&apos;impriment avec lui.</translation>
    </message>
    <message>
        <source>Saving writes the template to %1.</source>
        <translation>L&apos;enregistrement écrit le modèle dans %1.</translation>
    </message>
    <message>
        <source>Not saved: correct the error on line %1 first.</source>
        <translation>Non enregistré&#xa0;: corrigez d&apos;abord l&apos;erreur de la ligne %1.</translation>
    </message>
    <message>
        <source>Not saved: correct the error first.</source>
        <translation>Non enregistré&#xa0;: corrigez d&apos;abord l&apos;erreur.</translation>
    </message>
    <message>
        <source>Not saved: the template is larger than %1 MB, the most Passerelle reads. Shorten it first.</source>
        <translation>Non enregistré&#xa0;: le modèle dépasse %1 Mo, le maximum que Passerelle lit. Raccourcissez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Saved: the next documents print with this template.</source>
        <translation>Enregistré&#xa0;: les prochains documents s&apos;impriment avec ce modèle.</translation>
    </message>
    <message>
        <source>The shipped template is in the editor: save it to replace yours, or undo with Ctrl+Z.</source>
        <translation>Le modèle fourni est dans l&apos;éditeur&#xa0;: enregistrez-le pour remplacer le vôtre, ou annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The template %1 has changes that are not saved.</source>
        <translation>Le modèle %1 a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>They cannot be saved here (%1). Discard them?</source>
        <translation>Elles ne peuvent pas être enregistrées ici (%1). Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::UserEditor</name>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle&#xa0;:</translation>
    </message>
    <message>
        <source>The agency of a CESF advisor; none for head-office roles</source>
        <translation>L&apos;agence d&apos;une CESF&#xa0;; aucune pour les rôles du siège</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence&#xa0;:</translation>
    </message>
    <message>
        <source>The association of a partner&apos;s referent</source>
        <translation>L&apos;association d&apos;un référent partenaire</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Used to log in; it never changes once the account exists</source>
        <translation>Sert à se connecter&#xa0;; il ne change plus une fois le compte créé</translation>
    </message>
    <message>
        <source>&amp;Active (may log in)</source>
        <translation>&amp;Actif (peut se connecter)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirmation:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>New pass&amp;word…</source>
        <translation>Nouveau &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Give this account a new password (it also lifts a lock)</source>
        <translation>Donner un nouveau mot de passe à ce compte (cela lève aussi un verrouillage)</translation>
    </message>
    <message>
        <source>Passwords: at least 8 characters mixing three kinds among lower-case letters, upper-case letters, digits and symbols, or 12 characters of all four kinds. After %1 failed attempts in a row an account is locked for %2 minutes. Every change of an account is recorded in the journal.</source>
        <translation>Mots de passe&#xa0;: au moins 8 caractères mêlant trois sortes parmi minuscules, majuscules, chiffres et symboles, ou 12 caractères des quatre sortes. Après %1 échecs de suite, un compte est verrouillé pendant %2 minutes. Chaque modification d&apos;un compte est inscrite au journal.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Lock Passerelle after</source>
        <translation>Verrouiller Passerelle après</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> min sans activité</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Agency or association</source>
        <translation>Agence ou association</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Verrouillé jusqu&apos;à</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>This account does not exist any more.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Choose the account&apos;s password.</source>
        <translation>Choisissez le mot de passe du compte.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: tapez deux fois le même.</translation>
    </message>
    <message>
        <source>Locked until %1 after %2 failed attempts. A new password lifts the lock.</source>
        <translation>Verrouillé jusqu&apos;au %1 après %2 échecs. Un nouveau mot de passe lève le verrouillage.</translation>
    </message>
    <message>
        <source>No password yet: this person cannot log in until you give one.</source>
        <translation>Pas encore de mot de passe&#xa0;: cette personne ne peut pas se connecter tant que vous ne lui en donnez pas un.</translation>
    </message>
    <message>
        <source>Password set on %1.</source>
        <translation>Mot de passe choisi le %1.</translation>
    </message>
    <message>
        <source>New password of %1 recorded; the account is unlocked.</source>
        <translation>Nouveau mot de passe de %1 enregistré&#xa0;; le compte est déverrouillé.</translation>
    </message>
    <message numerus="yes">
        <source>Passerelle now locks after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Passerelle se verrouille désormais après %n minute sans activité.</numerusform>
            <numerusform>Passerelle se verrouille désormais après %n minutes sans activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the login</source>
        <translation>Changer l&apos;identifiant</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Changer le nom</translation>
    </message>
    <message>
        <source>Change the email</source>
        <translation>Changer le courriel</translation>
    </message>
    <message>
        <source>Change the phone</source>
        <translation>Changer le téléphone</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation>Changer l&apos;agence</translation>
    </message>
    <message>
        <source>Change the partner</source>
        <translation>Changer le partenaire</translation>
    </message>
    <message>
        <source>Activate or deactivate</source>
        <translation>Activer ou désactiver</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is longer than %1 characters: choose a shorter one.</source>
        <translation>Le mot de passe dépasse %1 caractères&#xa0;: choisissez-en un plus court.</translation>
    </message>
    <message>
        <source>lower-case letters</source>
        <translation>minuscules</translation>
    </message>
    <message>
        <source>upper-case letters</source>
        <translation>majuscules</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>symboles</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>%n caractère de plus</numerusform>
            <numerusform>%n caractères de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more kind(s) of characters among: %1</source>
        <translation>
            <numerusform>%n sorte de caractères de plus parmi&#xa0;: %1</numerusform>
            <numerusform>%n sortes de caractères de plus parmi&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is too easy to guess: it needs at least 8 characters mixing three kinds among lower-case letters, upper-case letters, digits and symbols (or 12 characters of all four kinds). Missing: %1.</source>
        <translation>Ce mot de passe est trop facile à deviner&#xa0;: il faut au moins 8 caractères mêlant trois sortes parmi minuscules, majuscules, chiffres et symboles (ou 12 caractères des quatre sortes). Il manque&#xa0;: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password library could not start. Restart Passerelle; if it happens again, ask your administrator.</source>
        <translation>La bibliothèque des mots de passe n&apos;a pas pu démarrer. Relancez Passerelle&#xa0;; si cela se reproduit, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Close other programs and try again.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante). Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>The document could not be printed: the printer or the file refused to start. Check the printer or the folder, then try again.</source>
        <translation>Le document n&apos;a pas pu être imprimé&#xa0;: l&apos;imprimante ou le fichier a refusé de démarrer. Vérifiez l&apos;imprimante ou le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The document could not be printed: a new page was refused. Check the printer or the disk space, then try again.</source>
        <translation>Le document n&apos;a pas pu être imprimé&#xa0;: une nouvelle page a été refusée. Vérifiez l&apos;imprimante ou l&apos;espace disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The document could not be printed completely. Check the printer or the disk space, then try again.</source>
        <translation>Le document n&apos;a pas pu être imprimé entièrement. Vérifiez l&apos;imprimante ou l&apos;espace disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>Le PDF n&apos;a pas pu être produit.</translation>
    </message>
    <message>
        <source>The document cannot be laid out: something in it is far too large (an image, a height, a margin or a font). Correct the template, then print again.</source>
        <translation>Le document ne peut pas être mis en page&#xa0;: un élément y est beaucoup trop grand (une image, une hauteur, une marge ou une police). Corrigez le modèle, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>The document would have %1 pages (at most %2): its template repeats too much, or pushes its text far down (a margin, an image or a font far too large). Correct the template, then print again.</source>
        <translation>Le document aurait %1 pages (%2 au plus)&#xa0;: son modèle répète trop de choses, ou repousse son texte très bas (une marge, une image ou une police beaucoup trop grande). Corrigez le modèle, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>Laying out the document took more than %1 seconds: it is far too long or too complex (tables inside tables, very long lists, lengths far too large). Simplify the template, then print again.</source>
        <translation>La mise en page du document a pris plus de %1 secondes&#xa0;: il est beaucoup trop long ou trop complexe (tableaux dans des tableaux, très longues listes, longueurs beaucoup trop grandes). Simplifiez le modèle, puis imprimez de nouveau.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>This household already has a support plan in this action.</source>
        <translation>Ce ménage a déjà un plan d&apos;accompagnement dans ce dispositif.</translation>
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
        <translation>Sortant d&apos;hébergement (CHRS, hôtel, ALT)</translation>
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
        <translation>Senior isolé / perte d&apos;autonomie</translation>
    </message>
    <message>
        <source>Refugee / leaving the asylum system</source>
        <translation>Réfugié / sortant du dispositif d&apos;asile</translation>
    </message>
    <message>
        <source>Household threatened with eviction</source>
        <translation>Ménage menacé d&apos;expulsion</translation>
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
        <translation>Hébergement d&apos;urgence</translation>
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
        <translation>Issue de l&apos;orientation</translation>
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
        <translation>Diagnostic d&apos;entrée</translation>
    </message>
    <message>
        <source>Interim diagnostic</source>
        <translation>Diagnostic d&apos;étape</translation>
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
        <source>Moving in and making the dwelling one&apos;s own</source>
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
        <translation>Statut de l&apos;objectif</translation>
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
        <translation>Issue de fin d&apos;accompagnement</translation>
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
        <translation>Rupture ou refus de l&apos;accompagnement</translation>
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
        <translation>Aide de l&apos;État / DIHAL</translation>
    </message>
    <message>
        <source>FSL / ASLL (Département)</source>
        <translation>FSL / ASLL (Département)</translation>
    </message>
    <message>
        <source>Landlord&apos;s own funds</source>
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
        <translation>Rôle de l&apos;utilisateur</translation>
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
        <translation>Référent de l&apos;association partenaire</translation>
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
        <translation>Service de l&apos;État</translation>
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
        <translation>Champ d&apos;action</translation>
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
        <translation>Avant l&apos;entrée</translation>
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
        <translation>Fin d&apos;accompagnement</translation>
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
        <translation>Type d&apos;alerte</translation>
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
        <translation>Poursuite de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Strengthen support</source>
        <translation>Renforcement de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Renew the contract</source>
        <translation>Renouvellement du contrat</translation>
    </message>
    <message>
        <source>Mobilise a partner</source>
        <translation>Mobilisation d&apos;un partenaire</translation>
    </message>
    <message>
        <source>End support</source>
        <translation>Fin de l&apos;accompagnement</translation>
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
        <translation>Intensité de l&apos;accompagnement</translation>
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
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Madame</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Monsieur</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>The list “%1” is fixed: entries cannot be added to it.</source>
        <translation>La liste «&#xa0;%1&#xa0;» est fixe&#xa0;: on ne peut pas y ajouter d&apos;entrée.</translation>
    </message>
    <message>
        <source>The code “%1” must be lower-case ASCII words joined by “_” (for example “jeune_majeur”), 40 characters at most.</source>
        <translation>Le code «&#xa0;%1&#xa0;» doit être fait de mots en minuscules sans accents reliés par «&#xa0;_&#xa0;» (par exemple «&#xa0;jeune_majeur&#xa0;»), 40 caractères au plus.</translation>
    </message>
    <message>
        <source>The label is required.</source>
        <translation>Le libellé est obligatoire.</translation>
    </message>
    <message>
        <source>The code “%1” already exists in this list.</source>
        <translation>Le code «&#xa0;%1&#xa0;» existe déjà dans cette liste.</translation>
    </message>
    <message>
        <source>The label “%1” is already used by the code “%2”.</source>
        <translation>Le libellé «&#xa0;%1&#xa0;» est déjà utilisé par le code «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Only entries added by the administrator can be renamed.</source>
        <translation>Seules les entrées ajoutées par l&apos;administrateur peuvent être renommées.</translation>
    </message>
    <message>
        <source>Only entries added by the administrator can be hidden.</source>
        <translation>Seules les entrées ajoutées par l&apos;administrateur peuvent être masquées.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>The chart shows the %1 largest of the %2 categories; the table gives them all.</source>
        <translation>Le graphique montre les %1 catégories les plus nombreuses sur %2&#xa0;; le tableau les donne toutes.</translation>
    </message>
    <message>
        <source>Mean level: 0 no difficulty, 1 slight, 2 serious, 3 major</source>
        <translation>Niveau moyen&#xa0;: 0 aucune difficulté, 1 fragilité légère, 2 difficulté importante, 3 difficulté majeure</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>This household file does not exist or is not visible to you.</source>
        <translation>Ce dossier de ménage n&apos;existe pas ou ne vous est pas accessible.</translation>
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
        <translation>Cette fiche a été enregistrée par %1%2 pendant que vous la modifiiez. Vos modifications n&apos;ont pas été enregistrées et les siennes ont été conservées. Ce qui diffère&#xa0;: %3. Rouvrez la fiche pour voir sa version, puis refaites vos modifications.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Keep household files between %1 and %2 years after the last contact.</source>
        <translation>Conservez les dossiers des ménages entre %1 et %2 ans après le dernier contact.</translation>
    </message>
    <message>
        <source>Keep the journal between %1 and %2 months.</source>
        <translation>Conservez le journal entre %1 et %2 mois.</translation>
    </message>
</context>
<context>
    <name>RetentionRepository</name>
    <message>
        <source>The base cannot be compacted during a transaction.</source>
        <translation>La base ne peut pas être compactée pendant une transaction.</translation>
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
        <translation>Mois d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Average length of support (months)</source>
        <translation>Durée moyenne d&apos;accompagnement (mois)</translation>
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
        <translation>Issues de fin d&apos;accompagnement</translation>
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
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translation>Coût et financements</translation>
    </message>
    <message>
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Exit outcomes</source>
        <translation>Issues de fin</translation>
    </message>
    <message>
        <source>Compositions</source>
        <translation>Compositions</translation>
    </message>
    <message>
        <source>Situations before entry</source>
        <translation>Situations avant l&apos;entrée</translation>
    </message>
    <message>
        <source>Sources of income</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Lease types</source>
        <translation>Types de bail</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Months of support by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>Retention at +24 months</source>
        <translation>Maintien à +24 mois</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Year-end review — %1</source>
        <translation>Bilan annuel — %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>In the breakdowns, counts from 1 to 4 are shown « &lt; 5 » (publication).</source>
        <translation>Dans les répartitions, les effectifs de 1 à 4 sont affichés «&#xa0;&lt; 5&#xa0;» (publication).</translation>
    </message>
    <message>
        <source>The sheet « Definitions » gives the exact rule behind each figure.</source>
        <translation>La feuille «&#xa0;Définitions&#xa0;» donne la règle exacte de chaque chiffre.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>Format inconnu.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>no household to count</source>
        <translation>aucun ménage à compter</translation>
    </message>
    <message numerus="yes">
        <source>%1 household(s) out of %2</source>
        <translation>
            <numerusform>%1 ménage sur %2</numerusform>
            <numerusform>%1 ménages sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no funding recorded</source>
        <translation>aucun financement enregistré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Édité le</translation>
    </message>
    <message>
        <source>Aggregated figures only: this review names no household and gives no reference, date of birth or note. The definitions of the figures are at the end.</source>
        <translation>Chiffres agrégés uniquement&#xa0;: ce bilan ne nomme aucun ménage et ne donne ni référence, ni date de naissance, ni note. Les définitions des chiffres sont données en fin de document.</translation>
    </message>
    <message>
        <source>For publication, counts of 1 to 4 households in the breakdowns are shown « &lt; 5 », and their bars hatched up to 5.</source>
        <translation>Pour publication, dans les répartitions, les effectifs de 1 à 4 ménages sont notés «&#xa0;&lt; 5&#xa0;» et leurs barres hachurées jusqu&apos;à 5.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No data for the period</source>
        <translation>Aucune donnée sur la période</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>The rules by which Passerelle computes each figure of this review from the data recorded.</source>
        <translation>Les règles selon lesquelles Passerelle calcule chaque chiffre de ce bilan à partir des données enregistrées.</translation>
    </message>
    <message>
        <source>Annual review — %1 — %2</source>
        <translation>Bilan annuel — %1 — %2</translation>
    </message>
    <message>
        <source>Annual review — %1</source>
        <translation>Bilan annuel — %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>The period of the review is not valid: give a start and an end, the end on or after the start.</source>
        <translation>La période du bilan n&apos;est pas valable&#xa0;: indiquez un début et une fin, la fin au plus tôt le jour du début.</translation>
    </message>
    <message>
        <source>The computation of the review was cancelled.</source>
        <translation>Le calcul du bilan a été annulé.</translation>
    </message>
</context>
<context>
    <name>ReviewSections</name>
    <message>
        <source>n.a.</source>
        <translation>n.d.</translation>
    </message>
    <message numerus="yes">
        <source>%n pt(s)</source>
        <translation>
            <numerusform>%n pt</numerusform>
            <numerusform>%n pts</numerusform>
        </translation>
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
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Households supported in the period</source>
        <translation>Ménages accompagnés sur la période</translation>
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
        <translation>Mois d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Average length of support (months)</source>
        <translation>Durée moyenne d&apos;accompagnement (mois)</translation>
    </message>
    <message>
        <source>Housing retention at +24 months</source>
        <translation>Taux de maintien dans le logement à +24 mois</translation>
    </message>
    <message>
        <source>Cohort of the retention at +24 months</source>
        <translation>Cohorte du maintien à +24 mois</translation>
    </message>
    <message>
        <source>Households still housed at +24 months</source>
        <translation>Ménages toujours logés à +24 mois</translation>
    </message>
    <message>
        <source>Share of households in a QPV</source>
        <translation>Part des ménages en QPV</translation>
    </message>
    <message>
        <source>Baux glissants used</source>
        <translation>Baux glissants utilisés</translation>
    </message>
    <message>
        <source>Baux glissants slid in the period</source>
        <translation>Baux glissés sur la période</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Visites à domicile</translation>
    </message>
    <message>
        <source>Partners mobilised</source>
        <translation>Partenaires mobilisés</translation>
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
        <source>Entries, exits and referrals</source>
        <translation>Entrées, sorties et orientations</translation>
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
        <source>Files opened</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Files closed</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Orientations reçues</translation>
    </message>
    <message>
        <source>Referrals accepted</source>
        <translation>Orientations acceptées</translation>
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
        <source>Refusal rate</source>
        <translation>Taux de refus</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translation>Coût et financements</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Funding: %1</source>
        <translation>Financement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Funding received, all sources</source>
        <translation>Financements reçus, toutes sources</translation>
    </message>
    <message>
        <source>Households by public</source>
        <translation>Ménages par public</translation>
    </message>
    <message>
        <source>A household that belongs to two publics counts in both.</source>
        <translation>Un ménage qui relève de deux publics compte dans les deux.</translation>
    </message>
    <message>
        <source>End-of-support outcomes</source>
        <translation>Issues de fin d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Households by composition</source>
        <translation>Ménages par composition familiale</translation>
    </message>
    <message>
        <source>Households by situation before entry</source>
        <translation>Ménages par situation avant l&apos;entrée</translation>
    </message>
    <message>
        <source>Households by main source of income</source>
        <translation>Ménages par principale source de revenus</translation>
    </message>
    <message>
        <source>Households by lease type</source>
        <translation>Ménages par type de bail</translation>
    </message>
    <message>
        <source>Households by agency</source>
        <translation>Ménages par agence</translation>
    </message>
    <message>
        <source>Partners mobilised (households per partner)</source>
        <translation>Partenaires mobilisés (ménages par partenaire)</translation>
    </message>
    <message>
        <source>Contacts by type</source>
        <translation>Contacts par type</translation>
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
        <source>Months of support, month by month</source>
        <translation>Mois d&apos;accompagnement, mois par mois</translation>
    </message>
    <message>
        <source>Retention at +24 months</source>
        <translation>Maintien dans le logement à +24 mois</translation>
    </message>
    <message>
        <source>Still housed at +24 months</source>
        <translation>Toujours logés à +24 mois</translation>
    </message>
    <message>
        <source>No longer housed at +24 months</source>
        <translation>Plus logés à +24 mois</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Taux de maintien</translation>
    </message>
    <message>
        <source>Diagnostic: levels at entry and at the latest diagnostic</source>
        <translation>Diagnostic&#xa0;: niveaux à l&apos;entrée et au dernier diagnostic</translation>
    </message>
    <message>
        <source>Mean level at entry</source>
        <translation>Niveau moyen à l&apos;entrée</translation>
    </message>
    <message>
        <source>Mean level, latest</source>
        <translation>Niveau moyen au dernier diagnostic</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>En amélioration</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stables</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>En dégradation</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) supported with an entry diagnostic and a later one. Levels go from 0 (no difficulty) to 3 (major difficulty).</source>
        <translation>
            <numerusform>%n ménage accompagné avec un diagnostic d&apos;entrée et un diagnostic ultérieur. Les niveaux vont de 0 (aucune difficulté) à 3 (difficulté majeure).</numerusform>
            <numerusform>%n ménages accompagnés avec un diagnostic d&apos;entrée et un diagnostic ultérieur. Les niveaux vont de 0 (aucune difficulté) à 3 (difficulté majeure).</numerusform>
        </translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>The period includes its first and last days; days(a, b) = b − a + 1. One month is 30.4375 days (365.25 / 12): month figures have one decimal rounded half up, and sums are made on unrounded values and rounded once. Percentages are rounded half up to a whole number. A rate whose denominator is zero is shown « n.a. » (not available), never 0.</source>
        <translation>La période inclut son premier et son dernier jour&#xa0;; jours(a, b) = b − a + 1. Un mois vaut 30,4375 jours (365,25 / 12)&#xa0;: les chiffres en mois ont une décimale arrondie au plus proche (0,05 vers le haut), et les sommes sont faites sur les valeurs non arrondies puis arrondies une seule fois. Les pourcentages sont arrondis au plus proche à l&apos;unité (0,5 vers le haut). Un taux dont le dénominateur est nul est affiché «&#xa0;n.d.&#xa0;» (non disponible), jamais 0.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>The actions and agencies chosen (none: all of them). A user who may see only her agency gets only her agency, whatever she asks.</source>
        <translation>Les actions et les agences choisies (aucune&#xa0;: toutes). Une utilisatrice qui ne voit que son agence n&apos;obtient que son agence, quoi qu&apos;elle demande.</translation>
    </message>
    <message>
        <source>Supports that started on or before the last day of the period and had not ended before its first day (no end yet, or an end on or after the first day). A household counts once per action.</source>
        <translation>Accompagnements commencés au plus tard le dernier jour de la période et non terminés avant son premier jour (sans fin, ou finis le premier jour ou après). Un ménage compte une fois par action.</translation>
    </message>
    <message>
        <source>Entries and exits</source>
        <translation>Entrées et sorties</translation>
    </message>
    <message>
        <source>Entries: supports whose first day falls in the period. Exits: supports whose last day falls in the period.</source>
        <translation>Entrées&#xa0;: accompagnements dont le premier jour est dans la période. Sorties&#xa0;: accompagnements dont le dernier jour est dans la période.</translation>
    </message>
    <message>
        <source>New entrants and existing tenants</source>
        <translation>Nouveaux entrants et locataires en place</translation>
    </message>
    <message>
        <source>Among the households supported, by the household&apos;s kind: new entrant (housed through the action) or existing tenant of the landlord.</source>
        <translation>Parmi les ménages accompagnés, selon le type de ménage&#xa0;: nouvel entrant (logé par l&apos;action) ou locataire en place du bailleur.</translation>
    </message>
    <message>
        <source>Sum, over the households supported, of the days of support within the period (from the later of the start of support and the first day of the period to the earlier of the end of support and the last day of the period), divided by 30.4375.</source>
        <translation>Somme, sur les ménages accompagnés, des jours d&apos;accompagnement compris dans la période (du plus tardif du début d&apos;accompagnement et du premier jour de la période au plus précoce de la fin d&apos;accompagnement et du dernier jour de la période), divisée par 30,4375.</translation>
    </message>
    <message>
        <source>Average length of support</source>
        <translation>Durée moyenne d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Mean, over the supports that ended in the period, of their whole length (first to last day) divided by 30.4375; « n.a. » when none ended.</source>
        <translation>Moyenne, sur les accompagnements terminés dans la période, de leur durée entière (du premier au dernier jour) divisée par 30,4375&#xa0;; «&#xa0;n.d.&#xa0;» si aucun ne s&apos;est terminé.</translation>
    </message>
    <message>
        <source>Among the households supported, those whose dwelling — of the lease running on the last day of the period on which the household was supported — is in a priority neighbourhood of the city policy (QPV). Households without a lease on that day are left out of both counts.</source>
        <translation>Parmi les ménages accompagnés, ceux dont le logement — celui du bail en cours le dernier jour de la période où le ménage était accompagné — est situé en quartier prioritaire de la politique de la ville (QPV). Les ménages sans bail ce jour-là sont exclus du numérateur et du dénominateur.</translation>
    </message>
    <message>
        <source>Cohort: the households of the scope whose first lease started on a date E such that E + 24 months falls on or before the last day of the period (calendar months: 15/03/2017 gives 15/03/2019; the 29th to 31st fall back to the month&apos;s last day). Still housed: the household holds a lease of the landlord on day E + 24 months, in any dwelling (a glissement or a move is not a break). The rate is still housed / cohort.</source>
        <translation>Cohorte&#xa0;: les ménages du périmètre dont le premier bail a commencé à une date E telle que E + 24 mois tombe au plus tard le dernier jour de la période (mois calendaires&#xa0;: le 15/03/2017 donne le 15/03/2019&#xa0;; les 29, 30 et 31 reviennent au dernier jour du mois). Toujours logé&#xa0;: le ménage est titulaire d&apos;un bail du bailleur le jour E + 24 mois, dans n&apos;importe quel logement (un glissement ou un relogement n&apos;est pas une rupture). Le taux est toujours logés / cohorte.</translation>
    </message>
    <message>
        <source>Baux glissants</source>
        <translation>Baux glissants</translation>
    </message>
    <message>
        <source>Used: supports, among the households supported, that had a bail glissant at any time. Slid: glissements (a bail glissant turned into a bail direct) dated in the period.</source>
        <translation>Utilisés&#xa0;: accompagnements, parmi les ménages accompagnés, qui ont eu un bail glissant à un moment quelconque. Glissés&#xa0;: glissements (bail glissant devenu bail direct) datés dans la période.</translation>
    </message>
    <message>
        <source>The supports that ended in the period, by outcome of the end of support.</source>
        <translation>Les accompagnements terminés dans la période, par issue de fin d&apos;accompagnement.</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Répartitions</translation>
    </message>
    <message>
        <source>The households supported, by public (a household with two publics counts in both), by composition, by situation before entry, by main source of income, by type of the lease running on the last day of the period on which the household was supported, and by agency. Households whose value is not filled in are counted apart.</source>
        <translation>Les ménages accompagnés, par public (un ménage qui relève de deux publics compte dans les deux), par composition familiale, par situation avant l&apos;entrée, par principale source de revenus, par type du bail en cours le dernier jour de la période où le ménage était accompagné, et par agence. Les ménages dont la valeur n&apos;est pas renseignée sont comptés à part.</translation>
    </message>
    <message>
        <source>Contacts dated in the period for the households supported, by type; home visits are the contacts of type « home visit ». Contacts per household-month: the contacts divided by the months of support.</source>
        <translation>Contacts datés dans la période pour les ménages accompagnés, par type&#xa0;; les visites à domicile sont les contacts de type «&#xa0;visite à domicile&#xa0;». Contacts par ménage et par mois&#xa0;: les contacts divisés par les mois d&apos;accompagnement.</translation>
    </message>
    <message>
        <source>The distinct partners mobilised in the support plans during the period for the households supported, with the number of households for each.</source>
        <translation>Les partenaires distincts mobilisés dans les plans d&apos;accompagnement pendant la période pour les ménages accompagnés, avec le nombre de ménages pour chacun.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Referrals dated in the period: received, accepted, refused by the household, refused by the landlord or the CAL. Refusal rate: refused by the household / received.</source>
        <translation>Orientations datées dans la période&#xa0;: reçues, acceptées, refusées par le ménage, refusées par le bailleur ou la CAL. Taux de refus&#xa0;: refusées par le ménage / reçues.</translation>
    </message>
    <message>
        <source>Files opened and closed</source>
        <translation>Dossiers ouverts et clos</translation>
    </message>
    <message>
        <source>Files opened: the entries. Files closed: the exits.</source>
        <translation>Dossiers ouverts&#xa0;: les entrées. Dossiers clos&#xa0;: les sorties.</translation>
    </message>
    <message>
        <source>Expenses recorded for the actions of the scope, dated in the period; funding received in the period, by source; cost per household: the expenses divided by the households supported.</source>
        <translation>Dépenses enregistrées pour les actions du périmètre, datées dans la période&#xa0;; financements reçus dans la période, par source&#xa0;; coût par ménage&#xa0;: les dépenses divisées par le nombre de ménages accompagnés.</translation>
    </message>
    <message>
        <source>Diagnostic levels</source>
        <translation>Niveaux du diagnostic</translation>
    </message>
    <message>
        <source>For the households supported that have an entry diagnostic and a later one (dated on or before the last day of the period): for each domain assessed in both (0 no difficulty to 3 major difficulty; « not assessed » left out), the mean level at entry and at the latest diagnostic, and how many households are better, stable or worse.</source>
        <translation>Pour les ménages accompagnés qui ont un diagnostic d&apos;entrée et un diagnostic ultérieur (daté au plus tard le dernier jour de la période)&#xa0;: pour chaque domaine évalué dans les deux (de 0 aucune difficulté à 3 difficulté majeure&#xa0;; «&#xa0;non évalué&#xa0;» exclu), le niveau moyen à l&apos;entrée et au dernier diagnostic, et le nombre de ménages en amélioration, stables ou en dégradation.</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>année %1</translation>
    </message>
    <message>
        <source>years %1 to %2</source>
        <translation>années %1 à %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <source>all agencies</source>
        <translation>toutes les agences</translation>
    </message>
</context>
<context>
    <name>SafeFiles</name>
    <message>
        <source>“%1” is the database Passerelle is working on (or one of its companion files): it is never read, copied or overwritten as an ordinary file, so that nothing saved is lost. Choose another file; to copy the database, use Fichier › Sauvegarder la base… or “passerelle backup”.</source>
        <translation>«&#xa0;%1&#xa0;» est la base sur laquelle Passerelle travaille (ou l&apos;un de ses fichiers compagnons)&#xa0;: elle n&apos;est jamais lue, copiée ni remplacée comme un fichier ordinaire, pour que rien de ce qui est enregistré ne soit perdu. Choisissez un autre fichier&#xa0;; pour copier la base, utilisez Fichier › Sauvegarder la base… ou «&#xa0;passerelle backup&#xa0;».</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. Check its name and folder.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;existe pas. Vérifiez son nom et son dossier.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier. Choisissez un fichier.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (a device, a pipe or a socket): it is not read. Choose an ordinary file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket)&#xa0;: il n&apos;est pas lu. Choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The file “%1” is too large (%2 KB; at most %3 KB). Choose the right file, or make it smaller.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Ko&#xa0;; %3 Ko au plus). Choisissez le bon fichier, ou réduisez-le.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read. Check that you may read it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu. Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The file “%1” changed while it was being read. Try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a changé pendant sa lecture. Réessayez.</translation>
    </message>
    <message>
        <source>The file “%1” is too large (at most %2 KB). Choose the right file, or make it smaller.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux (%2 Ko au plus). Choisissez le bon fichier, ou réduisez-le.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read completely. Check the disk and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être lu entièrement. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>No file name was given for the output.</source>
        <translation>Aucun nom de fichier n&apos;a été donné pour le résultat.</translation>
    </message>
    <message>
        <source>“%1” is a folder: give the name of the file to write.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;: donnez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (a device, a pipe or a socket): Passerelle writes only ordinary files. Choose a file name in a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket)&#xa0;: Passerelle n&apos;écrit que des fichiers ordinaires. Choisissez un nom de fichier dans un dossier.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist. Create it first or choose another folder.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n&apos;existe pas. Créez-le d&apos;abord ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The folder of “%1” is read-only: nothing was written. Choose a folder you may write in.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» est en lecture seule&#xa0;: rien n&apos;a été écrit. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: check the folder and its permissions. Nothing was written.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: vérifiez le dossier et ses droits. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written completely (the disk may be full). Nothing was written; free some space or choose another folder.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit entièrement (le disque est peut-être plein). Rien n&apos;a été écrit&#xa0;; libérez de la place ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>ScaleDemo</name>
    <message>
        <source>The number of households must be between 1 and %1.</source>
        <translation>Le nombre de ménages doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The synthetic base is anchored on a date from 2000 on (its ten years end then).</source>
        <translation>La base synthétique s&apos;ancre sur une date à partir de 2000 (ses dix ans finissent ce jour-là).</translation>
    </message>
    <message>
        <source>The file “%1” already exists: the demo is only written to a new file.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» existe déjà&#xa0;: la démonstration n&apos;est écrite que dans un nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>open household files</source>
        <translation>ouvrir les dossiers des ménages</translation>
    </message>
    <message>
        <source>change household files</source>
        <translation>modifier les dossiers des ménages</translation>
    </message>
    <message>
        <source>write diagnostics</source>
        <translation>rédiger les diagnostics</translation>
    </message>
    <message>
        <source>read the landlord&apos;s internal notes</source>
        <translation>lire les notes internes du bailleur</translation>
    </message>
    <message>
        <source>see the agency dashboard</source>
        <translation>voir le tableau de bord de l&apos;agence</translation>
    </message>
    <message>
        <source>see follow-up committees</source>
        <translation>voir les commissions de suivi</translation>
    </message>
    <message>
        <source>compute the year-end review</source>
        <translation>calculer le bilan annuel</translation>
    </message>
    <message>
        <source>print contracts and letters</source>
        <translation>imprimer les contrats et les courriers</translation>
    </message>
    <message>
        <source>export lists of households</source>
        <translation>exporter des listes de ménages</translation>
    </message>
    <message>
        <source>change actions and partners</source>
        <translation>modifier les dispositifs et les partenaires</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>gérer les comptes</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>lire le journal</translation>
    </message>
    <message>
        <source>run the retention of data</source>
        <translation>lancer la conservation des données</translation>
    </message>
    <message>
        <source>back up or restore the base</source>
        <translation>sauvegarder ou restaurer la base</translation>
    </message>
    <message>
        <source>export everything held on a household</source>
        <translation>exporter tout ce qui est conservé sur un ménage</translation>
    </message>
    <message>
        <source>import spreadsheets</source>
        <translation>importer des tableaux</translation>
    </message>
    <message>
        <source>Your role does not allow you to %1. Ask an administrator if you need it.</source>
        <translation>Votre rôle ne vous permet pas de %1. Demandez-le à un administrateur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>delete household files</source>
        <translation>supprimer des dossiers de ménages</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>Database roles only exist on a PostgreSQL server; a database file has its accounts in Passerelle only.</source>
        <translation>Les rôles de base de données n&apos;existent que sur un serveur PostgreSQL&#xa0;; un fichier de base a ses comptes dans Passerelle seulement.</translation>
    </message>
    <message>
        <source>Only an administrator manages the accounts. Log in with an administrator&apos;s account.</source>
        <translation>Seul un administrateur gère les comptes. Connectez-vous avec un compte d&apos;administrateur.</translation>
    </message>
    <message>
        <source>The server already has a database role named “%1” that is not a Passerelle account. Choose another login, or ask the server&apos;s administrator.</source>
        <translation>Le serveur a déjà un rôle de base de données nommé «&#xa0;%1&#xa0;» qui n&apos;est pas un compte Passerelle. Choisissez un autre identifiant, ou adressez-vous à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server account Passerelle is connected with may not create database roles. Ask the server&apos;s administrator to give it the right (ALTER ROLE … CREATEROLE), or to manage the accounts with the account that owns the base.</source>
        <translation>Le compte serveur avec lequel Passerelle est connecté ne peut pas créer de rôles de base de données. Demandez à l&apos;administrateur du serveur de lui en donner le droit (ALTER ROLE … CREATEROLE), ou de gérer les comptes avec le compte propriétaire de la base.</translation>
    </message>
    <message>
        <source>On a PostgreSQL server, a login is made of 1 to 52 lower-case letters (without accents), digits, dots, dashes or underscores. Choose another login.</source>
        <translation>Sur un serveur PostgreSQL, un identifiant compte de 1 à 52 caractères parmi les lettres minuscules (sans accents), les chiffres, le point, le tiret et le tiret bas. Choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>The account&apos;s password is empty. Type a password.</source>
        <translation>Le mot de passe du compte est vide. Saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>The server has no database role for the account “%1”. Create the account again, or ask the administrator.</source>
        <translation>Le serveur n&apos;a pas de rôle de base de données pour le compte «&#xa0;%1&#xa0;». Créez de nouveau le compte, ou adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Type the password of the account “%1”.</source>
        <translation>Saisissez le mot de passe du compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The account “%1” is not an active account of this base. Ask an administrator.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;est pas un compte actif de cette base. Adressez-vous à un administrateur.</translation>
    </message>
</context>
<context>
    <name>StoredCodes</name>
    <message>
        <source>The database “%1” is damaged: it holds a value that is not in the list “%2”. Nothing was computed from it. Run “passerelle check”, then restore the latest backup, or ask your administrator.</source>
        <translation>La base «&#xa0;%1&#xa0;» est endommagée&#xa0;: elle contient une valeur absente de la liste «&#xa0;%2&#xa0;». Rien n&apos;en a été calculé. Lancez «&#xa0;passerelle check&#xa0;», puis restaurez la dernière sauvegarde, ou adressez-vous à votre administrateur.</translation>
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
        <translation>Les vérifications post-accompagnement se planifient une fois l&apos;accompagnement terminé.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown field “%1”.</source>
        <translation>champ «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>unknown field “%1” (did you mean “%2”?).</source>
        <translation>champ «&#xa0;%1&#xa0;» inconnu (vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?).</translation>
    </message>
    <message>
        <source>a “{{” is never closed by “}}”.</source>
        <translation>un «&#xa0;{{&#xa0;» n&apos;est jamais fermé par «&#xa0;}}&#xa0;».</translation>
    </message>
    <message>
        <source>empty tag “{{}}”.</source>
        <translation>balise vide «&#xa0;{{}}&#xa0;».</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes no open section.</source>
        <translation>«&#xa0;{{/%1}}&#xa0;» ne ferme aucune section ouverte.</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes the section “%2” opened on line %3.</source>
        <translation>«&#xa0;{{/%1}}&#xa0;» ferme la section «&#xa0;%2&#xa0;» ouverte à la ligne %3.</translation>
    </message>
    <message>
        <source>“%1” is a list or a condition: write {{#%1}}…{{/%1}}.</source>
        <translation>«&#xa0;%1&#xa0;» est une liste ou une condition&#xa0;: écrivez {{#%1}}…{{/%1}}.</translation>
    </message>
    <message>
        <source>the section “%1” is never closed (“{{/%1}}” is missing).</source>
        <translation>la section «&#xa0;%1&#xa0;» n&apos;est jamais fermée («&#xa0;{{/%1}}&#xa0;» manque).</translation>
    </message>
    <message>
        <source>The templates folder “%1” does not exist. Correct it in the settings, or empty the setting to use the templates shipped with Passerelle.</source>
        <translation>Le dossier des modèles «&#xa0;%1&#xa0;» n&apos;existe pas. Corrigez-le dans les paramètres, ou videz ce paramètre pour utiliser les modèles fournis avec Passerelle.</translation>
    </message>
    <message>
        <source>the field “%1” has no value in the data.</source>
        <translation>le champ «&#xa0;%1&#xa0;» n&apos;a pas de valeur dans les données.</translation>
    </message>
    <message>
        <source>the section “%1” is nested more than %2 levels deep inside other sections. Close each section with its “{{/…}}” before opening the next one, or simplify the template.</source>
        <translation>la section «&#xa0;%1&#xa0;» est imbriquée à plus de %2 niveaux dans d&apos;autres sections. Refermez chaque section par son «&#xa0;{{/…}}&#xa0;» avant d&apos;ouvrir la suivante, ou simplifiez le modèle.</translation>
    </message>
    <message>
        <source>The template “%1” of the templates folder cannot be used. %2</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» du dossier des modèles ne peut pas être utilisé. %2</translation>
    </message>
    <message>
        <source>The template “%1” shipped with Passerelle cannot be read.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» fourni avec Passerelle ne peut pas être lu.</translation>
    </message>
    <message>
        <source>the document filled in from the template is far too long (more than %1 MB of HTML, or lists repeated inside one another too many times). Check the lists of the template around this line, then print again.</source>
        <translation>le document rempli à partir du modèle est beaucoup trop long (plus de %1 Mo de HTML, ou des listes répétées les unes dans les autres trop de fois). Vérifiez les listes du modèle autour de cette ligne, puis imprimez de nouveau.</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>This user does not exist.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1&#xa0;: ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not a known value for %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur connue pour %2.</translation>
    </message>
    <message>
        <source>%1 contains an empty value.</source>
        <translation>%1&#xa0;: une valeur est vide.</translation>
    </message>
    <message>
        <source>%1 lists the same value twice.</source>
        <translation>%1&#xa0;: la même valeur figure deux fois.</translation>
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
        <translation>%1 (%2)&#xa0;: les dates antérieures à 1990 ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1&#xa0;: la valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The code is required.</source>
        <translation>Le code est obligatoire.</translation>
    </message>
    <message>
        <source>The code “%1” may only use letters without accents, digits, “-”, “_” and “.” (40 characters at most).</source>
        <translation>Le code «&#xa0;%1&#xa0;» ne peut contenir que des lettres sans accents, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;» (40 caractères au plus).</translation>
    </message>
    <message>
        <source>The agency&apos;s name</source>
        <translation>Le nom de l&apos;agence</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>L&apos;identifiant</translation>
    </message>
    <message>
        <source>The login cannot contain spaces.</source>
        <translation>L&apos;identifiant ne peut pas contenir d&apos;espace.</translation>
    </message>
    <message>
        <source>The user&apos;s name</source>
        <translation>Le nom de l&apos;utilisateur</translation>
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
        <source>The partner&apos;s name</source>
        <translation>Le nom du partenaire</translation>
    </message>
    <message>
        <source>the kind of partner</source>
        <translation>le type de partenaire</translation>
    </message>
    <message>
        <source>the fields of action</source>
        <translation>les champs d&apos;action</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
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
        <source>The action&apos;s name</source>
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
        <translation>L&apos;année de l&apos;appel à projets n&apos;est pas valable.</translation>
    </message>
    <message>
        <source>The target number of new entrants</source>
        <translation>L&apos;objectif de nouveaux entrants</translation>
    </message>
    <message>
        <source>The target number of existing tenants</source>
        <translation>L&apos;objectif de locataires en place</translation>
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
        <translation>L&apos;agence</translation>
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
        <source>The member&apos;s last name</source>
        <translation>Le nom du membre</translation>
    </message>
    <message>
        <source>the member&apos;s role</source>
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
        <translation>Un ménage n&apos;a qu&apos;un seul titulaire.</translation>
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
        <translation>l&apos;intensité de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>The start of support</source>
        <translation>Le début de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>The start of support is required when its end is set.</source>
        <translation>Le début de l&apos;accompagnement est obligatoire quand sa fin est renseignée.</translation>
    </message>
    <message>
        <source>The end of support</source>
        <translation>La fin de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>the end-of-support outcome</source>
        <translation>l&apos;issue de fin d&apos;accompagnement</translation>
    </message>
    <message>
        <source>The end of support is required when an outcome is given.</source>
        <translation>La fin de l&apos;accompagnement est obligatoire quand une issue est indiquée.</translation>
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
        <translation>l&apos;issue de la révision</translation>
    </message>
    <message>
        <source>The date of the referral</source>
        <translation>La date de l&apos;orientation</translation>
    </message>
    <message>
        <source>the outcome of the referral</source>
        <translation>l&apos;issue de l&apos;orientation</translation>
    </message>
    <message>
        <source>the referral</source>
        <translation>l&apos;orientation</translation>
    </message>
    <message>
        <source>The date of the outcome</source>
        <translation>La date de l&apos;issue</translation>
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
        <translation>l&apos;intensité préconisée</translation>
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
        <translation>Le domaine «&#xa0;%1&#xa0;» est évalué deux fois.</translation>
    </message>
    <message>
        <source>A level is 0, 1, 2, 3 or “not assessed”.</source>
        <translation>Un niveau vaut 0, 1, 2, 3 ou «&#xa0;non évalué&#xa0;».</translation>
    </message>
    <message>
        <source>The date of the meeting</source>
        <translation>La date du rendez-vous</translation>
    </message>
    <message>
        <source>the purpose of the meeting</source>
        <translation>l&apos;objet du rendez-vous</translation>
    </message>
    <message>
        <source>the outcome of the meeting</source>
        <translation>l&apos;issue du rendez-vous</translation>
    </message>
    <message>
        <source>the participant&apos;s party</source>
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
        <translation>l&apos;axe</translation>
    </message>
    <message>
        <source>The objective</source>
        <translation>L&apos;objectif</translation>
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
        <translation>La date de l&apos;alerte</translation>
    </message>
    <message>
        <source>the type of alert</source>
        <translation>le type d&apos;alerte</translation>
    </message>
    <message>
        <source>the alert</source>
        <translation>l&apos;alerte</translation>
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
    <message>
        <source>“%1” is not one of the things explained at consent.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de ce qui est expliqué lors du consentement.</translation>
    </message>
    <message>
        <source>Give the dwelling&apos;s address, or at least its commune.</source>
        <translation>Indiquez l&apos;adresse du logement, ou au moins sa commune.</translation>
    </message>
    <message>
        <source>The dwelling&apos;s address is required.</source>
        <translation>L&apos;adresse du logement est obligatoire.</translation>
    </message>
    <message>
        <source>The date of the check</source>
        <translation>La date de la vérification</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>n.a.</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>The sheet “%1” would have %2 rows, more than the %3 a spreadsheet can hold: narrow the export (a shorter period or fewer households).</source>
        <translation>La feuille «&#xa0;%1&#xa0;» aurait %2 lignes, plus que les %3 qu&apos;un tableur peut contenir&#xa0;: réduisez l&apos;export (une période plus courte ou moins de ménages).</translation>
    </message>
    <message>
        <source>The sheet “%1” would have %2 columns, more than the %3 a spreadsheet can hold: narrow the export.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» aurait %2 colonnes, plus que les %3 qu&apos;un tableur peut contenir&#xa0;: réduisez l&apos;export.</translation>
    </message>
    <message>
        <source>Cell %1 of the sheet “%2” holds a text longer than the %3 characters a spreadsheet cell can hold: shorten it, or export to CSV.</source>
        <translation>La cellule %1 de la feuille «&#xa0;%2&#xa0;» contient un texte de plus de %3 caractères, la limite d&apos;une cellule de tableur&#xa0;: raccourcissez-le, ou exportez en CSV.</translation>
    </message>
    <message>
        <source>Cell %1 of the sheet “%2” holds a number that is not a number (infinite or undefined): this is an error of Passerelle, please report it.</source>
        <translation>La cellule %1 de la feuille «&#xa0;%2&#xa0;» contient un nombre invalide (infini ou indéfini)&#xa0;: c&apos;est une erreur de Passerelle, merci de la signaler.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: check the free space of the temporary folder, then try again.</source>
        <translation>Le classeur n&apos;a pas pu être écrit&#xa0;: vérifiez la place libre du dossier temporaire, puis recommencez.</translation>
    </message>
    <message>
        <source>No temporary folder could be made to build the spreadsheet: check the free space and the rights of the temporary folder, then try again.</source>
        <translation>Aucun dossier temporaire n&apos;a pu être créé pour préparer le classeur&#xa0;: vérifiez la place libre et les droits du dossier temporaire, puis recommencez.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started in the temporary folder: check its free space, then try again.</source>
        <translation>Le classeur n&apos;a pas pu être commencé dans le dossier temporaire&#xa0;: vérifiez sa place libre, puis recommencez.</translation>
    </message>
    <message>
        <source>The sheet “%1” could not be added to the spreadsheet.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» n&apos;a pas pu être ajoutée au classeur&#xa0;: c&apos;est une erreur de Passerelle, merci de la signaler.</translation>
    </message>
    <message>
        <source>Cell %1 of the sheet “%2” could not be written to the spreadsheet.</source>
        <translation>La cellule %1 de la feuille «&#xa0;%2&#xa0;» n&apos;a pas pu être écrite dans le classeur&#xa0;: c&apos;est une erreur de Passerelle, merci de la signaler.</translation>
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
    <message>
        <source>The backup was restored. The replaced base is kept aside:
%1</source>
        <translation>La sauvegarde a été restaurée. La base remplacée est gardée de côté&#xa0;:
%1</translation>
    </message>
</context>
</TS>
