#pragma once

#include "CommitteeAgendaDocument.h"
#include "ContractDocument.h"
#include "ConvocationDocument.h"
#include "DocumentContent.h"
#include "PdfRenderer.h"
#include "TemplateDocument.h"
#include "domain/ContractPrint.h"
#include "security/Scope.h"

#include <memory>

class QPagedPaintDevice;

namespace Passerelle {

class Database;

/// A document ready to print: the filled-in QTextDocument (for a print preview), how its
/// pages are dressed, and its PDF. A document printed again as it was kept has no
/// QTextDocument: its PDF's pages are painted as they are (KeptPdf).
struct PrintedDocument
{
    std::shared_ptr<TemplateDocument> document; ///< null for a kept PDF
    PageStyle pageStyle;
    QByteArray pdf;
    int pageCount = 0;
    QString templatePath; ///< where the template was read from (a file or a resource)
};

/// A printed contract and the version it prints.
struct PrintedContract : PrintedDocument
{
    Id householdId = 0;
    Id contractId = 0;
    int versionNumber = 0;
    QString versionKind; ///< ReferenceList::ContractVersionKind
    QString sha256;      ///< of `pdf`
    /// A signed version printed before is printed again from its kept PDF, byte for byte:
    /// the print kept (its id and date); 0 when the document was made from the data.
    Id reprintOf = 0;
    QDateTime keptPrintedAt;
};

/// The printed documents of Passerelle, from the stored data: the contract d'accompagnement
/// tripartite, the invitation to a tripartite meeting (convocation) and the agenda of a
/// follow-up committee. Templates come from `templatesFolder` when it holds a file of the
/// template's name, else from those shipped with Passerelle (see Template::load).
///
/// The templates folder is chosen by users: nothing in it may crash or hang the program. A
/// template is read only if it is a regular file under DocumentLimits::TemplateBytes, its
/// sections nest at most DocumentLimits::SectionDepth deep, the filled-in document is bounded
/// in size, shape, pages and layout time, and its images come only from the templates folder
/// (TemplateDocument). Each refusal is an error that names the template and says what to do;
/// nothing is printed, recorded or written then.
///
/// For a print preview in the user interface:
///   connect(dialog, &QPrintPreviewDialog::paintRequested, [&](QPrinter *printer) {
///       Documents::paint(printed, *printer); });
class Documents
{
    Q_DECLARE_TR_FUNCTIONS(Documents)

public:
    /// The database setting that names the folder of the unit's own templates.
    static QString templatesFolderKey() { return QStringLiteral("templates_folder"); }
    /// The folder of the unit's own templates (empty: the shipped ones).
    static Result<QString> templatesFolder(Database &db);
    /// Checks a folder before it is chosen as the unit's templates folder: it exists, and
    /// every template it holds (contract.html, convocation.html, committee_agenda.html) reads
    /// and names only known fields. Each error names the file, the line and the field. An
    /// empty folder (the shipped templates) is always right.
    static Status checkTemplatesFolder(const QString &folder);
    /// Copies the templates shipped with Passerelle into `folder` (to start editing them),
    /// leaving alone any file of that name already there. Returns the files copied.
    static Result<QStringList> copyShippedTemplates(const QString &folder);

    /// Where a contract version's document comes from: as it was signed (the kept PDF of a
    /// signed version, else the data as of that version), or always from the data (an ODT
    /// to edit, a correction before signing).
    enum class Source { AsSigned, Data };
    /// The contract of the household's support in `actionId` (0: its only contract), in its
    /// current version, or in version `versionNumber` when given. A version that is signed
    /// (it has a signing date) and was printed before prints as it was printed and signed:
    /// its latest kept PDF, byte for byte. Otherwise the document is made from the data as
    /// of that version (ContractDocument: the objectives as they stood on its signing date).
    static Result<PrintedContract> printContract(Database &db, const Scope &scope, Id householdId,
                                                 Id actionId, const QString &templatesFolder,
                                                 int versionNumber = 0,
                                                 Source source = Source::AsSigned);
    /// Keeps the printed contract with the contract: its PDF, version number and SHA-256,
    /// recorded in the household's journal. A reprint of a kept PDF is journaled, and the
    /// kept print returned (nothing new is stored).
    static Result<ContractPrint> recordPrint(Database &db, const Scope &scope,
                                             const PrintedContract &printed);

    /// The invitation to the tripartite meeting `meetingId`, to the household and the
    /// association. `letterDate` is the date of the letter.
    static Result<PrintedDocument> printConvocation(Database &db, const Scope &scope,
                                                    Id meetingId, const QString &templatesFolder,
                                                    const QDate &letterDate);
    /// The agenda of the follow-up committee `committeeId`: the households to review, by
    /// reference and name with the reason only — nothing sensitive.
    static Result<PrintedDocument> printCommitteeAgenda(Database &db, const Scope &scope,
                                                        Id committeeId,
                                                        const QString &templatesFolder);

    /// What each document is built from, read from the database (for its builder:
    /// ContractDocument::build(), ConvocationDocument::build(), CommitteeAgendaDocument::build()).
    static Result<ContractSources> contractSources(Database &db, const Scope &scope,
                                                   Id householdId, Id actionId,
                                                   int versionNumber = 0);
    static Result<ConvocationSources> convocationSources(Database &db, const Scope &scope,
                                                         Id meetingId, const QDate &letterDate);
    static Result<CommitteeAgendaSources> committeeAgendaSources(Database &db,
                                                                 const Scope &scope,
                                                                 Id committeeId);

    /// Fills `content`'s template (from `templatesFolder`) and reads it into a
    /// TemplateDocument, its images loaded; no layout, no PDF yet.
    static Result<PrintedDocument> prepare(const DocumentContent &content,
                                           const Vocabulary &vocabulary,
                                           const QString &templatesFolder);
    /// Adds the PDF to a prepared document. The layout runs on a thread of its own: one stuck
    /// inside Qt past DocumentLimits::LayoutMilliseconds (and a grace) is given up and
    /// refused, its thread and document left behind (see abandonedLayouts()).
    static Status makePdf(PrintedDocument &printed);
    /// How many layouts makePdf() has given up since the program started. While one is left
    /// running, the program must end with std::_Exit() rather than destroy Qt under it.
    static int abandonedLayouts();

    /// The document as an OpenDocument text (QTextDocumentWriter), for a one-off edit in
    /// LibreOffice. A kept PDF (a signed version printed again) has no text to write: an
    /// error says to save the ODT from the data (Source::Data).
    static Result<QByteArray> odt(const PrintedDocument &printed);

    /// Paints a printed document on a printer or any paged device (print preview).
    static Status paint(const PrintedDocument &printed, QPagedPaintDevice &device);

    /// Writes `bytes` (a PDF) to `path` atomically: on any failure (read-only folder, full
    /// disk) a previous file of that name is left as it was, and the error says what to do.
    static Status writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace Passerelle
