#include "Documents.h"

#include "storage/Repository.h"

#include "io/SafeFiles.h"

#include "CommitteeAgendaDocument.h"
#include "ContractDocument.h"
#include "ConvocationDocument.h"
#include "KeptPdf.h"
#include "TemplateEngine.h"
#include "storage/CommitteeRepository.h"
#include "storage/ContractPrintRepository.h"
#include "storage/Database.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdFileRepository.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/ReferenceRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QTextDocumentWriter>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QUrl>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

/// The partners with the one given in full (its contacts name the referent's function).
Result<QList<Partner>> partnersWith(Database &db, Id fullPartnerId)
{
    PartnerRepository repo(db);
    PASSERELLE_TRY(partners, repo.list());
    if (fullPartnerId > 0) {
        PASSERELLE_TRY(full, repo.get(fullPartnerId));
        for (Partner &p : partners) {
            if (p.id == full.id)
                p = full;
        }
    }
    return partners;
}

} // namespace

Result<QString> Documents::templatesFolder(Database &db)
{
    return OrganisationRepository(db).setting(templatesFolderKey());
}

Result<PrintedDocument> Documents::prepare(const DocumentContent &content,
                                           const Vocabulary &vocabulary,
                                           const QString &templatesFolder)
{
    PASSERELLE_TRY(compiled, Template::load(content.templateName, templatesFolder, vocabulary));
    PASSERELLE_TRY(html, compiled.render(content.data));
    PrintedDocument printed;
    printed.templatePath = compiled.origin();
    printed.document = std::make_shared<TemplateDocument>(content.templateName, templatesFolder);
    TemplateDocument &document = *printed.document;
    document.setUndoRedoEnabled(false);
    QFont font(u"DejaVu Serif"_s);
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    for (auto it = content.images.cbegin(); it != content.images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    PASSERELLE_CHECK(document.setTemplateHtml(html));
    // A heading given a size in the style sheet keeps that size.
    PdfRenderer::keepHeadingSizes(document);
    printed.pageStyle = PageStyle::fromHtml(html);
    return printed;
}

namespace {

/// A refusal of the layout (too many pages, too slow) names the template it comes from.
Error namingTemplate(const QString &templateName, Error error)
{
    if (error.kind == Error::Kind::Validation)
        error.message = Documents::tr("%1: %2").arg(templateName, error.message);
    return error;
}

/// Layouts given up since the program started (see Documents::makePdf()).
std::atomic<int> g_abandonedLayouts{0};

} // namespace

int Documents::abandonedLayouts()
{
    return g_abandonedLayouts.load();
}

Status Documents::makePdf(PrintedDocument &printed)
{
    // Qt's layout can loop for ever inside one call on some documents (lengths that add up
    // past its fixed-point range within one paragraph or table), where no deadline can be
    // checked. So it runs on a thread of its own; a layout stuck past its deadline is given
    // up — its thread left to spin, with the document it holds — and refused, rather than
    // the program hang.
    struct Outcome
    {
        std::optional<Result<QByteArray>> pdf;
        int pageCount = 0;
    };
    const std::shared_ptr<TemplateDocument> shared = printed.document;
    const auto outcome = std::make_shared<Outcome>();
    QThread *caller = QThread::currentThread();
    QThread *worker = QThread::create([shared, outcome, caller, style = printed.pageStyle] {
        auto pdf = PdfRenderer::toPdf(*shared, style);
        outcome->pageCount = shared->pageCount();
        // The PDF writer is gone: the layout must not keep it as its device.
        shared->documentLayout()->setPaintDevice(nullptr);
        // The layout's own timers (due at once) fire here, on the thread that started them,
        // before the document goes back to its thread.
        QCoreApplication::processEvents();
        shared->moveToThread(caller);
        outcome->pdf = std::move(pdf);
    });
    shared->moveToThread(worker);
    worker->start();
    if (!worker->wait(QDeadlineTimer(DocumentLimits::LayoutMilliseconds
                                     + DocumentLimits::StuckLayoutGraceMilliseconds))) {
        ++g_abandonedLayouts; // the thread and the document are left, on purpose
        const QString templateName = shared->templateName(); // set once, never written
        printed.document.reset();
        return namingTemplate(templateName, PdfRenderer::tooSlow());
    }
    delete worker;
    if (!outcome->pdf) { // the thread could not start
        printed.document.reset();
        return Error::io(tr("The document could not be laid out: the system refused Passerelle "
                            "a new thread. Close other programs, then print again."));
    }
    TemplateDocument &document = *printed.document;
    auto pdf = std::move(*outcome->pdf);
    printed.pageCount = outcome->pageCount;
    // A resource refused while laying out or painting (the PDF would show a blank).
    PASSERELLE_CHECK(document.resourceStatus());
    if (!pdf)
        return namingTemplate(document.templateName(), pdf.error());
    printed.pdf = std::move(pdf).value();
    return {};
}

Result<QByteArray> Documents::odt(const PrintedDocument &printed)
{
    if (!printed.document) {
        return Error::usage(tr("This version is signed: it prints from the PDF kept when it "
                               "was printed, which has no text to edit. Save it as a PDF, or "
                               "make an amendment to change the contract."));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(printed.document.get()) || bytes.isEmpty()) {
        return Error::io(tr("The document could not be written as an OpenDocument text."));
    }
    return bytes;
}

Status Documents::paint(const PrintedDocument &printed, QPagedPaintDevice &device)
{
    if (!printed.document)
        return KeptPdf::paint(printed.pdf, device);
    const Status painted = PdfRenderer::paint(*printed.document, device, printed.pageStyle);
    printed.document->documentLayout()->setPaintDevice(nullptr);
    PASSERELLE_CHECK(printed.document->resourceStatus());
    if (!painted)
        return namingTemplate(printed.document->templateName(), painted.error());
    return {};
}

Status Documents::checkTemplatesFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return {};
    if (!QFileInfo(folder).isDir()) {
        return Error::validation(tr("The folder “%1” does not exist. Choose an existing "
                                    "folder, or leave the setting empty to print with the "
                                    "templates shipped with Passerelle.")
                                         .arg(folder));
    }
    const std::pair<QString, const Vocabulary *> templates[] = {
        {ContractDocument::templateName(), &ContractDocument::vocabulary()},
        {ConvocationDocument::templateName(), &ConvocationDocument::vocabulary()},
        {CommitteeAgendaDocument::templateName(), &CommitteeAgendaDocument::vocabulary()},
    };
    for (const auto &[name, vocabulary] : templates) {
        auto compiled = Template::load(name, folder, *vocabulary);
        if (!compiled)
            return compiled.error();
    }
    return {};
}

Result<QStringList> Documents::copyShippedTemplates(const QString &folder)
{
    if (!QFileInfo(folder).isDir()) {
        return Error::io(tr("The folder “%1” does not exist. Create it first, or choose "
                            "another one.")
                                 .arg(folder));
    }
    QStringList copied;
    for (const QString &name : {ContractDocument::templateName(),
                                ConvocationDocument::templateName(),
                                CommitteeAgendaDocument::templateName()}) {
        const QString target = QDir(folder).filePath(name);
        if (QFileInfo::exists(target))
            continue;
        QFile shipped(u":/passerelle/templates/"_s + name);
        if (!shipped.open(QIODevice::ReadOnly))
            return Error::io(tr("The template “%1” shipped with Passerelle cannot be read.")
                                     .arg(name));
        PASSERELLE_CHECK(writeFile(target, shipped.readAll()));
        copied << target;
    }
    return copied;
}

Status Documents::writeFile(const QString &path, const QByteArray &bytes)
{
    // Whole or nothing, never over the open database (see SafeFiles).
    return SafeFiles::writeAtomically(path, bytes);
}

Result<ContractSources> Documents::contractSources(Database &db, const Scope &scope,
                                                   Id householdId, Id actionId,
                                                   int versionNumber)
{
    ContractSources sources;
    PASSERELLE_TRY(file, HouseholdFileRepository(db).load(scope, householdId,
                                                          HouseholdRepository::Trace::Silent));
    sources.file = std::move(file);
    PASSERELLE_TRY(contract, ContractDocument::contractOf(sources.file, actionId));
    sources.actionId = contract->actionId;
    sources.versionNumber = versionNumber;
    PASSERELLE_TRY(organisation, OrganisationRepository(db).get());
    sources.organisation = std::move(organisation);
    PASSERELLE_TRY(action, ActionRepository(db).get(sources.actionId));
    sources.action = std::move(action);
    const Support *support = sources.file.support(sources.actionId);
    PASSERELLE_TRY(partners, partnersWith(db, support ? support->partnerId : 0));
    sources.partners = std::move(partners);
    PASSERELLE_TRY(users, UserRepository(db).list());
    sources.users = std::move(users);
    PASSERELLE_TRY(agencies, AgencyRepository(db).list());
    sources.agencies = std::move(agencies);
    PASSERELLE_TRY(catalog, ReferenceRepository(db).catalog());
    sources.catalog = std::move(catalog);
    return sources;
}

Result<PrintedContract> Documents::printContract(Database &db, const Scope &scope,
                                                 Id householdId, Id actionId,
                                                 const QString &templatesFolder,
                                                 int versionNumber, Source source)
{
    PASSERELLE_CHECK(AuditRepository(db).permit(scope, Permission::Print));
    PASSERELLE_TRY(sources, contractSources(db, scope, householdId, actionId, versionNumber));
    PASSERELLE_TRY(content, ContractDocument::build(sources));

    // build() has checked that the contract and the version exist.
    const SupportContract *stored = sources.file.contract(sources.actionId);
    const ContractVersion *version = stored->currentVersion();
    for (const ContractVersion &v : stored->versions) {
        if (v.number == versionNumber)
            version = &v;
    }
    PrintedContract printed;
    // A signed version prints as it was signed: the PDF kept when it was printed.
    std::optional<ContractPrint> kept;
    if (source == Source::AsSigned && version->date.isValid()) {
        PASSERELLE_TRY(latest, ContractPrintRepository(db).latest(scope, stored->id,
                                                                  version->number));
        kept = std::move(latest);
    }
    if (kept) {
        PASSERELLE_TRY(pages, KeptPdf::pageCount(kept->pdf));
        printed.pdf = kept->pdf;
        printed.pageCount = pages;
        printed.pageStyle.title = tr("Contract %1 version %2")
                                          .arg(sources.file.household.reference)
                                          .arg(version->number);
        printed.reprintOf = kept->id;
        printed.keptPrintedAt = kept->printedAt;
    } else {
        PASSERELLE_TRY(prepared,
                       prepare(content, ContractDocument::vocabulary(), templatesFolder));
        PASSERELLE_CHECK(makePdf(prepared));
        static_cast<PrintedDocument &>(printed) = std::move(prepared);
    }
    printed.householdId = householdId;
    printed.contractId = stored->id;
    printed.versionNumber = version->number;
    printed.versionKind = version->kind;
    printed.sha256 = ContractPrintRepository::sha256(printed.pdf);
    return printed;
}

Result<ContractPrint> Documents::recordPrint(Database &db, const Scope &scope,
                                             const PrintedContract &printed)
{
    if (printed.reprintOf > 0) {
        ContractPrint kept;
        kept.id = printed.reprintOf;
        kept.contractId = printed.contractId;
        kept.versionNumber = printed.versionNumber;
        kept.printedAt = printed.keptPrintedAt;
        kept.sha256 = printed.sha256;
        PASSERELLE_CHECK(ContractPrintRepository(db).recordReprint(scope, kept));
        return kept;
    }
    return ContractPrintRepository(db).record(scope, printed.contractId, printed.versionNumber,
                                              printed.pdf);
}

Result<ConvocationSources> Documents::convocationSources(Database &db, const Scope &scope,
                                                         Id meetingId, const QDate &letterDate)
{
    PASSERELLE_TRY(meeting, MeetingRepository(db).get(scope, meetingId));
    ConvocationSources sources;
    PASSERELLE_TRY(file, HouseholdFileRepository(db).load(scope, meeting.householdId,
                                                          HouseholdRepository::Trace::Silent));
    sources.file = std::move(file);
    sources.meeting = std::move(meeting);
    sources.letterDate = letterDate;
    PASSERELLE_TRY(organisation, OrganisationRepository(db).get());
    sources.organisation = std::move(organisation);
    if (sources.meeting.actionId > 0) {
        PASSERELLE_TRY(action, ActionRepository(db).get(sources.meeting.actionId));
        sources.action = std::move(action);
    }
    const Support *support = sources.file.support(sources.meeting.actionId);
    PASSERELLE_TRY(partners, partnersWith(db, support ? support->partnerId : 0));
    sources.partners = std::move(partners);
    PASSERELLE_TRY(users, UserRepository(db).list());
    sources.users = std::move(users);
    PASSERELLE_TRY(agencies, AgencyRepository(db).list());
    sources.agencies = std::move(agencies);
    PASSERELLE_TRY(catalog, ReferenceRepository(db).catalog());
    sources.catalog = std::move(catalog);
    return sources;
}

Result<PrintedDocument> Documents::printConvocation(Database &db, const Scope &scope,
                                                    Id meetingId,
                                                    const QString &templatesFolder,
                                                    const QDate &letterDate)
{
    PASSERELLE_CHECK(AuditRepository(db).permit(scope, Permission::Print));
    PASSERELLE_TRY(sources, convocationSources(db, scope, meetingId, letterDate));
    PASSERELLE_TRY(content, ConvocationDocument::build(sources));
    PASSERELLE_TRY(prepared,
                   prepare(content, ConvocationDocument::vocabulary(), templatesFolder));
    PASSERELLE_CHECK(makePdf(prepared));
    // The letter carries the household's name and address: its printing is journaled.
    PASSERELLE_CHECK(AuditRepository(db).record(scope, u"print"_s, u"tripartite_meeting"_s,
                                                meetingId, sources.meeting.householdId,
                                                u"convocation"_s));
    return prepared;
}

Result<CommitteeAgendaSources> Documents::committeeAgendaSources(Database &db,
                                                                 const Scope &scope,
                                                                 Id committeeId)
{
    CommitteeAgendaSources sources;
    PASSERELLE_TRY(committee, CommitteeRepository(db).get(scope, committeeId));
    sources.committee = std::move(committee);
    HouseholdRepository households(db);
    for (const CommitteeReview &review : std::as_const(sources.committee.reviews)) {
        // Only the reference and the name are printed: no need to open (and journal) files.
        PASSERELLE_TRY(household, households.get(scope, review.householdId,
                                                 HouseholdRepository::Trace::Silent));
        sources.households.insert(household.id, std::move(household));
    }
    PASSERELLE_TRY(organisation, OrganisationRepository(db).get());
    sources.organisation = std::move(organisation);
    if (sources.committee.actionId > 0) {
        PASSERELLE_TRY(action, ActionRepository(db).get(sources.committee.actionId));
        sources.action = std::move(action);
    }
    PASSERELLE_TRY(users, UserRepository(db).list());
    sources.users = std::move(users);
    PASSERELLE_TRY(agencies, AgencyRepository(db).list());
    sources.agencies = std::move(agencies);
    return sources;
}

Result<PrintedDocument> Documents::printCommitteeAgenda(Database &db, const Scope &scope,
                                                        Id committeeId,
                                                        const QString &templatesFolder)
{
    PASSERELLE_CHECK(AuditRepository(db).permit(scope, Permission::Print));
    PASSERELLE_TRY(sources, committeeAgendaSources(db, scope, committeeId));
    PASSERELLE_TRY(content, CommitteeAgendaDocument::build(sources));
    PASSERELLE_TRY(prepared,
                   prepare(content, CommitteeAgendaDocument::vocabulary(), templatesFolder));
    PASSERELLE_CHECK(makePdf(prepared));
    // The agenda names each household reviewed: its printing is in each one's journal.
    AuditRepository journal(db);
    for (const CommitteeReview &review : std::as_const(sources.committee.reviews)) {
        PASSERELLE_CHECK(journal.record(scope, u"print"_s, u"committee"_s, committeeId,
                                        review.householdId, u"agenda"_s));
    }
    return prepared;
}

} // namespace Passerelle
