#include "TemplateEditorDialog.h"

#include "AppContext.h"
#include "documents/DocumentLimits.h"
#include "documents/Documents.h"
#include "documents/FrenchText.h"
#include "documents/PdfRenderer.h"
#include "documents/TemplateDocument.h"
#include "documents/TemplateEngine.h"
#include "documents/TemplateFields.h"
#include "forms/TabForms.h"
#include "io/SafeFiles.h"
#include "storage/CommitteeRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Ui {

// --- the text with its line numbers ---------------------------------------------------------

/// The template's text, in a fixed-width font, with the number of each line in a margin (the
/// errors name lines).
class TemplateTextEdit : public QPlainTextEdit
{
public:
    explicit TemplateTextEdit(QWidget *parent);

    int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateMargin();
    void updateLineNumbers(const QRect &rect, int dy);

    QWidget *m_lineNumbers;
};

namespace {

class LineNumbers : public QWidget
{
public:
    explicit LineNumbers(TemplateTextEdit *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return QSize(m_editor->lineNumberWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    TemplateTextEdit *m_editor;
};

} // namespace

TemplateTextEdit::TemplateTextEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumbers(new LineNumbers(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateMargin(); });
    connect(this, &QPlainTextEdit::updateRequest, this,
            [this](const QRect &rect, int dy) { updateLineNumbers(rect, dy); });
    updateMargin();
}

int TemplateTextEdit::lineNumberWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(u'9') * std::max(digits, 3);
}

void TemplateTextEdit::updateMargin()
{
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
}

void TemplateTextEdit::updateLineNumbers(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateMargin();
}

void TemplateTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberWidth(), area.height()));
}

void TemplateTextEdit::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumbers->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

// --- the dialog -----------------------------------------------------------------------------

/// A document whose template the dialog edits.
struct TemplateEditorDialog::Kind
{
    QString templateName;
    const Vocabulary &(*vocabulary)();
    bool byHousehold; ///< previewed with a household's data; else with a committee's
};

namespace {

constexpr int LineRole = Qt::UserRole;
constexpr int UsageRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
constexpr int ReferenceRole = Qt::UserRole + 1;
/// Households offered at once in the choice of the sample (the search narrows them).
constexpr qsizetype SampleLimit = 200;

QString shippedText(const QString &templateName)
{
    QFile shipped(u":/passerelle/templates/"_s + templateName);
    if (!shipped.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(shipped.readAll());
}

/// The engine's messages start in lower case: after "Line 3: " they are sentences.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

const QList<TemplateEditorDialog::Kind> &TemplateEditorDialog::kinds()
{
    static const QList<Kind> all{
        {ContractDocument::templateName(), &ContractDocument::vocabulary, true},
        {ConvocationDocument::templateName(), &ConvocationDocument::vocabulary, true},
        {CommitteeAgendaDocument::templateName(), &CommitteeAgendaDocument::vocabulary, false},
    };
    return all;
}

TemplateEditorDialog::TemplateEditorDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(u"templateEditor"_s);
    setWindowTitle(tr("Document templates"));
    if (auto folder = Documents::templatesFolder(context.db()))
        m_folder = *folder;

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditorDialog::refreshPreview);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);

    auto *layout = new QVBoxLayout(this);
    auto *choices = new QHBoxLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    m_templateChoice = new QComboBox(this);
    m_templateChoice->setObjectName(u"templateChoice"_s);
    m_templateChoice->addItem(tr("Support contract"));
    m_templateChoice->addItem(tr("Convocation to a tripartite meeting"));
    m_templateChoice->addItem(tr("Follow-up committee agenda"));
    templateLabel->setBuddy(m_templateChoice);
    auto *sampleLabel = new QLabel(tr("Pre&view with:"), this);
    m_sampleSearch = new QLineEdit(this);
    m_sampleSearch->setObjectName(u"sampleSearch"_s);
    m_sampleSearch->setPlaceholderText(tr("Search a household by name or reference…"));
    m_sampleSearch->setClearButtonEnabled(true);
    m_sampleChoice = new QComboBox(this);
    m_sampleChoice->setObjectName(u"sampleChoice"_s);
    m_sampleChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sampleChoice->setMinimumContentsLength(22);
    sampleLabel->setBuddy(m_sampleChoice);
    choices->addWidget(templateLabel);
    choices->addWidget(m_templateChoice);
    choices->addSpacing(12);
    choices->addWidget(sampleLabel);
    choices->addWidget(m_sampleSearch, 1);
    choices->addWidget(m_sampleChoice, 2);
    layout->addLayout(choices);

    m_origin = TabForms::hint(QString(), this);
    m_origin->setObjectName(u"templateOrigin"_s);
    m_origin->setTextFormat(Qt::PlainText);
    layout->addWidget(m_origin);

    auto *panes = new QSplitter(Qt::Horizontal, this);
    panes->setObjectName(u"templatePanes"_s);
    panes->setChildrenCollapsible(false);
    panes->addWidget(buildEditorPane());
    panes->addWidget(buildFieldsPane());
    panes->addWidget(buildPreviewPane());
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 2);
    panes->setStretchFactor(2, 3);
    panes->setSizes({410, 410, 380});
    layout->addWidget(panes, 1);

    m_folderHint = TabForms::hint(QString(), this);
    m_folderHint->setObjectName(u"templateFolderHint"_s);
    m_folderHint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_folderHint);
    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(tr("&Restore the shipped template"), this);
    m_restore->setObjectName(u"restoreShipped"_s);
    m_restore->setToolTip(tr("Puts the template shipped with Passerelle in the editor (undo "
                             "with Ctrl+Z; nothing is written until you save)"));
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"),
                             this);
    m_save->setObjectName(u"saveTemplate"_s);
    m_close = new QPushButton(style()->standardIcon(QStyle::SP_DialogCloseButton), tr("&Close"),
                              this);
    m_close->setObjectName(u"closeTemplateEditor"_s);
    // Enter belongs to the text and the search fields, never to a button.
    for (QPushButton *b : {m_restore, m_save, m_close}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    buttons->addWidget(m_restore);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_templateChoice, &QComboBox::currentIndexChanged, this,
            &TemplateEditorDialog::chooseTemplate);
    connect(m_sampleSearch, &QLineEdit::textChanged, m_searchTimer,
            qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        const Id before = kind().byHousehold ? m_householdId : m_committeeId;
        fillSamples();
        if ((kind().byHousehold ? m_householdId : m_committeeId) != before || !m_content) {
            loadSample();
            fillFields();
            refreshPreview();
        }
    });
    connect(m_sampleChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        const Id id = index < 0 ? 0 : m_sampleChoice->itemData(index).toLongLong();
        if (kind().byHousehold)
            m_householdId = id;
        else
            m_committeeId = id;
        loadSample();
        fillFields();
        refreshPreview();
    });
    connect(m_text, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_text->document(), &QTextDocument::modificationChanged, this,
            &TemplateEditorDialog::updateSaveButton);
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this,
            &TemplateEditorDialog::showPosition);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_restore, &QPushButton::clicked, this, &TemplateEditorDialog::restoreShipped);
    connect(m_close, &QPushButton::clicked, this, &TemplateEditorDialog::reject);

    TabForms::resizeWithinScreen(this, QSize(1200, 720));
    fillSamples();
    loadTemplate();
    loadSample();
    fillFields();
    refreshPreview();
    updateSaveButton();
    showPosition();
    m_text->setFocus();
}

TemplateEditorDialog::~TemplateEditorDialog() = default;

const TemplateEditorDialog::Kind &TemplateEditorDialog::kind() const
{
    return kinds().at(m_kindIndex);
}

QWidget *TemplateEditorDialog::buildEditorPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&HTML of the template:"), pane);
    m_text = new TemplateTextEdit(pane);
    m_text->setObjectName(u"templateText"_s);
    m_text->setMinimumWidth(260);
    label->setBuddy(m_text);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    m_position = new QLabel(pane);
    m_position->setObjectName(u"templatePosition"_s);
    layout->addWidget(m_position);
    m_status = new QLabel(pane);
    m_status->setObjectName(u"templateStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_errors = TabForms::sized(new QListWidget(pane), 40, 96);
    m_errors->setObjectName(u"templateErrors"_s);
    m_errors->setWordWrap(true);
    m_errors->setToolTip(tr("Click an error to go to its line"));
    layout->addWidget(m_errors);
    connect(m_errors, &QListWidget::itemClicked, this, &TemplateEditorDialog::goToError);
    connect(m_errors, &QListWidget::itemActivated, this, &TemplateEditorDialog::goToError);
    return pane;
}

QWidget *TemplateEditorDialog::buildFieldsPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Fields the template may &use:"), pane);
    auto *row = new QHBoxLayout;
    m_fieldFilter = new QLineEdit(pane);
    m_fieldFilter->setObjectName(u"fieldFilter"_s);
    m_fieldFilter->setPlaceholderText(tr("Filter the fields…"));
    m_fieldFilter->setClearButtonEnabled(true);
    label->setBuddy(m_fieldFilter);
    auto *insert = new QPushButton(tr("&Insert"), pane);
    insert->setObjectName(u"insertField"_s);
    insert->setAutoDefault(false);
    insert->setToolTip(tr("Writes the chosen field at the cursor of the template"));
    insert->setEnabled(false);
    row->addWidget(m_fieldFilter, 1);
    row->addWidget(insert);
    m_fields = new QTreeWidget(pane);
    m_fields->setObjectName(u"templateFields"_s);
    m_fields->setMinimumWidth(220);
    m_fields->setColumnCount(3);
    m_fields->setHeaderLabels({tr("Field"), tr("Type"), tr("Value for this household")});
    m_fields->setRootIsDecorated(true);
    m_fields->setUniformRowHeights(true);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setStretchLastSection(true);
    m_fields->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_fields, 1);
    layout->addWidget(TabForms::hint(tr("Double-click a field to write it at the cursor. The "
                                        "fields of a list are written between its "
                                        "{{#…}} and {{/…}}."),
                                     pane));

    connect(m_fieldFilter, &QLineEdit::textChanged, this, &TemplateEditorDialog::filterFields);
    connect(m_fields, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { insertField(item); });
    connect(m_fields, &QTreeWidget::currentItemChanged, insert,
            [insert](QTreeWidgetItem *current) { insert->setEnabled(current != nullptr); });
    connect(insert, &QPushButton::clicked, this,
            [this] { insertField(m_fields->currentItem()); });
    return pane;
}

QWidget *TemplateEditorDialog::buildPreviewPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Pr&eview:"), pane);
    m_previewMessage = new QLabel(pane);
    m_previewMessage->setObjectName(u"previewMessage"_s);
    m_previewMessage->setWordWrap(true);
    m_previewMessage->setTextFormat(Qt::PlainText);
    m_previewMessage->setVisible(false);
    QPalette palette = m_previewMessage->palette();
    palette.setColor(QPalette::WindowText, TabForms::alertColour());
    m_previewMessage->setPalette(palette);
    m_preview = new QTextBrowser(pane);
    m_preview->setObjectName(u"templatePreview"_s);
    m_preview->setMinimumWidth(260);
    m_preview->setOpenLinks(false);
    label->setBuddy(m_preview);
    layout->addWidget(label);
    layout->addWidget(m_previewMessage);
    layout->addWidget(m_preview, 1);
    return pane;
}

void TemplateEditorDialog::chooseTemplate(int index)
{
    if (index < 0 || index >= kinds().size() || index == m_kindIndex)
        return;
    if (!confirmDiscard()) {
        const QSignalBlocker blocker(m_templateChoice);
        m_templateChoice->setCurrentIndex(m_kindIndex);
        return;
    }
    const bool samplesChange = kinds().at(index).byHousehold != kind().byHousehold;
    m_kindIndex = index;
    if (samplesChange)
        fillSamples();
    loadTemplate();
    loadSample();
    fillFields();
    refreshPreview();
    updateSaveButton();
}

void TemplateEditorDialog::loadTemplate()
{
    const QString name = kind().templateName;
    QString text;
    QString origin;
    bool fromFolder = false;
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir()) {
        const QString own = QDir(m_folder).filePath(name);
        const QFileInfo info(own); // stat() only: a pipe or a device is never opened here
        if (info.exists() || info.isSymLink()) {
            auto read = SafeFiles::readRegularFile(own, DocumentLimits::TemplateBytes);
            if (read) {
                text = QString::fromUtf8(*read);
                origin = tr("Read from the templates folder: %1.")
                             .arg(QDir::toNativeSeparators(own));
                fromFolder = true;
            } else {
                origin = tr("%1 The shipped template is shown instead.")
                             .arg(read.error().message);
            }
        }
    }
    if (!fromFolder) {
        text = shippedText(name);
        if (origin.isEmpty()) {
            origin = m_folder.isEmpty()
                             ? tr("The template shipped with Passerelle (no templates folder is "
                                  "chosen).")
                             : tr("The template shipped with Passerelle: the templates folder "
                                  "holds no %1 yet.")
                                       .arg(name);
        }
    }
    m_origin->setText(origin);
    m_text->setPlainText(text);
    m_previewTimer->stop(); // filled in at once by the caller, not after a pause
    m_text->document()->setModified(false);
    m_errors->clear();
    showErrorLine(0);
    m_preview->clear();
}

void TemplateEditorDialog::fillSamples()
{
    Database &db = m_context.db();
    const Scope &scope = m_context.scope();
    const bool byHousehold = kind().byHousehold;
    m_sampleSearch->setVisible(byHousehold);
    const QSignalBlocker blocker(m_sampleChoice);
    m_sampleChoice->clear();
    m_sampleProblem.clear();
    Id &chosen = byHousehold ? m_householdId : m_committeeId;
    if (byHousehold) {
        HouseholdFilter filter;
        filter.text = m_sampleSearch->text().trimmed();
        auto rows = HouseholdRepository(db).list(scope, filter, HouseholdSort{}, 0, SampleLimit);
        if (!rows) {
            m_sampleProblem = rows.error().message;
        } else {
            for (const HouseholdRow &row : std::as_const(*rows)) {
                m_sampleChoice->addItem(tr("%1 — %2").arg(row.reference, row.displayName),
                                        QVariant::fromValue(row.id));
                m_sampleChoice->setItemData(m_sampleChoice->count() - 1, row.reference,
                                            ReferenceRole);
            }
            if (rows->isEmpty()) {
                m_sampleProblem = filter.text.isEmpty()
                                          ? tr("No household to preview with: there is none you "
                                               "may see.")
                                          : tr("No household matches “%1”.").arg(filter.text);
            }
        }
    } else {
        auto committees = CommitteeRepository(db).list(scope);
        if (!committees) {
            m_sampleProblem = committees.error().message;
        } else {
            for (const FollowUpCommittee &c : std::as_const(*committees)) {
                m_sampleChoice->addItem(c.place.isEmpty()
                                                ? FrenchText::date(c.date)
                                                : tr("%1 — %2").arg(FrenchText::date(c.date),
                                                                    c.place),
                                        QVariant::fromValue(c.id));
            }
            if (committees->isEmpty()) {
                m_sampleProblem = tr("No follow-up committee to preview the agenda with: "
                                     "plan one in Follow-up committees first.");
            }
        }
    }
    int index = chosen > 0 ? m_sampleChoice->findData(QVariant::fromValue(chosen)) : -1;
    if (index < 0 && m_sampleChoice->count() > 0) {
        // A committee: the latest (the list is by date); a household: the first one.
        index = byHousehold ? 0 : m_sampleChoice->count() - 1;
    }
    m_sampleChoice->setCurrentIndex(index);
    chosen = index < 0 ? 0 : m_sampleChoice->itemData(index).toLongLong();
    m_sampleChoice->setEnabled(m_sampleChoice->count() > 0);
}

void TemplateEditorDialog::loadSample()
{
    m_content.reset();
    Database &db = m_context.db();
    const Scope &scope = m_context.scope();
    const Id householdId = m_householdId;
    const QString reference = m_sampleChoice->currentData(ReferenceRole).toString();
    Result<DocumentContent> content = Error::notFound(QString());
    // The household shown in the preview is read: journaled once while the dialog is open.
    if (kind().byHousehold && householdId > 0 && !m_journaled.contains(householdId)) {
        auto read = HouseholdRepository(db).get(scope, householdId);
        if (!read) {
            m_sampleProblem = read.error().message;
            return;
        }
        m_journaled.insert(householdId);
    }
    switch (m_kindIndex) {
    case 0: {
        if (householdId <= 0)
            break;
        auto contracts = ContractRepository(db).forHousehold(scope, householdId);
        if (!contracts) {
            content = contracts.error();
            break;
        }
        if (contracts->isEmpty()) {
            content = Error::notFound(tr("The household %1 has no support contract yet: choose "
                                         "another household to preview the contract, or "
                                         "create its contract in the Contract tab.")
                                              .arg(reference));
            break;
        }
        // A household followed in several actions: its latest contract.
        const auto latest = std::max_element(contracts->cbegin(), contracts->cend(),
                                             [](const SupportContract &a,
                                                const SupportContract &b) { return a.id < b.id; });
        auto sources = Documents::contractSources(db, scope, householdId, latest->actionId);
        content = sources ? ContractDocument::build(*sources)
                          : Result<DocumentContent>(sources.error());
        break;
    }
    case 1: {
        if (householdId <= 0)
            break;
        auto meetings = MeetingRepository(db).forHousehold(scope, householdId);
        if (!meetings) {
            content = meetings.error();
            break;
        }
        if (meetings->isEmpty()) {
            content = Error::notFound(tr("The household %1 has no tripartite meeting yet: "
                                         "choose another household to preview the convocation, "
                                         "or plan a meeting in its Meetings tab.")
                                              .arg(reference));
            break;
        }
        const auto latest = std::max_element(
                meetings->cbegin(), meetings->cend(),
                [](const TripartiteMeeting &a, const TripartiteMeeting &b) {
                    return std::tuple(a.date, a.time, a.id) < std::tuple(b.date, b.time, b.id);
                });
        auto sources = Documents::convocationSources(db, scope, latest->id, m_context.today());
        content = sources ? ConvocationDocument::build(*sources)
                          : Result<DocumentContent>(sources.error());
        break;
    }
    default: {
        if (m_committeeId <= 0)
            break;
        auto sources = Documents::committeeAgendaSources(db, scope, m_committeeId);
        content = sources ? CommitteeAgendaDocument::build(*sources)
                          : Result<DocumentContent>(sources.error());
        break;
    }
    }
    if (content) {
        m_content = std::move(content).value();
        m_sampleProblem.clear();
    } else if (!content.error().message.isEmpty()) {
        m_sampleProblem = content.error().message;
    } else if (m_sampleProblem.isEmpty()) {
        m_sampleProblem = kind().byHousehold
                                  ? tr("Choose a household to preview the template with.")
                                  : tr("Choose a committee to preview the template with.");
    }
    m_preview->clear();
}

void TemplateEditorDialog::fillFields()
{
    m_fields->clear();
    m_fields->headerItem()->setText(2, kind().byHousehold ? tr("Value for this household")
                                                           : tr("Value for this committee"));
    QHash<QString, QTreeWidgetItem *> lists;
    const QList<TemplateFields::Row> rows = TemplateFields::rows(kind().vocabulary());
    for (const TemplateFields::Row &row : rows) {
        QTreeWidgetItem *parent = lists.value(row.listPath.join(u'/'));
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_fields);
        item->setText(0, row.name);
        item->setText(1, TemplateFields::kindLabel(row.kind));
        item->setData(0, UsageRole, row.usage);
        item->setData(0, KindRole, int(row.kind));
        QString tip = tr("Double-click to write %1 at the cursor.").arg(row.usage);
        if (!row.parentList.isEmpty()) {
            tip += u'\n'
                   + tr("A field of each item of the list “%1”: write it between {{#%1}} and "
                        "{{/%1}}.")
                             .arg(row.parentList);
        }
        item->setToolTip(0, tip);
        const QString value = m_content ? TemplateFields::sampleValue(m_content->data, row)
                                        : QString();
        QString shown = value.simplified();
        if (shown.size() > 120)
            shown = shown.left(119) + u'…';
        item->setText(2, shown);
        if (!value.isEmpty())
            item->setToolTip(2, value);
        if (row.kind == TemplateFields::Kind::List)
            lists.insert((row.listPath + QStringList{row.name}).join(u'/'), item);
    }
    m_fields->expandAll();
    m_fields->resizeColumnToContents(0);
    // The value keeps room beside the name (a long name is whole in its tooltip).
    m_fields->setColumnWidth(0, std::min(m_fields->columnWidth(0), 190));
    filterFields(m_fieldFilter->text());
}

namespace {

/// Shows the items whose name holds `text` (every item when empty), with the lists they are
/// in, and the fields of a list whose name holds it. True when `item` is shown.
bool showMatching(QTreeWidgetItem *item, const QString &text, bool listMatches)
{
    const bool matches = listMatches || text.isEmpty()
                         || item->text(0).contains(text, Qt::CaseInsensitive);
    bool childShown = false;
    for (int i = 0; i < item->childCount(); ++i)
        childShown = showMatching(item->child(i), text, matches) || childShown;
    const bool shown = matches || childShown;
    item->setHidden(!shown);
    return shown;
}

} // namespace

void TemplateEditorDialog::filterFields(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i)
        showMatching(m_fields->topLevelItem(i), wanted, false);
}

void TemplateEditorDialog::insertField(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString name = item->text(0);
    const auto fieldKind = TemplateFields::Kind(item->data(0, KindRole).toInt());
    QTextCursor cursor = m_text->textCursor();
    cursor.beginEditBlock();
    if (fieldKind == TemplateFields::Kind::Field) {
        cursor.insertText(u"{{"_s + name + u"}}"_s);
    } else {
        // A section around what is selected, the cursor inside it.
        const QString inside = cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
        const QString close = u"{{/"_s + name + u"}}"_s;
        cursor.insertText(u"{{#"_s + name + u"}}"_s + inside + close);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(close.size()));
    }
    cursor.endEditBlock();
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

void TemplateEditorDialog::refreshPreview()
{
    m_previewTimer->stop();
    m_errors->clear();
    const Kind &k = kind();
    TemplateError where;
    auto addError = [this](const TemplateError &error) {
        const QString what = sentence(error.message);
        const QString text = error.line > 0 ? tr("Line %1: %2").arg(error.line).arg(what) : what;
        auto *item = new QListWidgetItem(text, m_errors);
        item->setData(LineRole, error.line);
        item->setToolTip(text);
        showErrorLine(error.line);
        QPalette palette = m_status->palette();
        palette.setColor(QPalette::WindowText, TabForms::alertColour());
        m_status->setPalette(palette);
    };
    auto compiled = Template::compile(m_text->toPlainText(), k.templateName, k.vocabulary(),
                                      &where);
    if (!compiled) {
        addError(where);
        m_status->setText(where.line > 0
                                  ? tr("The template has an error on line %1: the preview shows "
                                       "it as it was before.")
                                            .arg(where.line)
                                  : tr("The template has an error: the preview shows it as it "
                                       "was before."));
        m_previewMessage->setText(m_status->text());
        m_previewMessage->setVisible(true);
        updateSaveButton();
        return;
    }
    m_status->setPalette(QPalette());
    m_status->setText(tr("No error: every field is known and every section closed."));
    showErrorLine(0);
    if (!m_content) {
        m_preview->clear();
        m_previewMessage->setText(m_sampleProblem);
        m_previewMessage->setVisible(!m_sampleProblem.isEmpty());
        updateSaveButton();
        return;
    }
    TemplateError renderWhere;
    auto html = compiled->render(m_content->data, &renderWhere);
    if (!html) {
        if (renderWhere.message.isEmpty())
            renderWhere.message = html.error().message;
        addError(renderWhere);
        m_status->setText(tr("The template cannot be filled in: the preview shows it as it was "
                             "before."));
        m_previewMessage->setText(m_status->text());
        m_previewMessage->setVisible(true);
        updateSaveButton();
        return;
    }
    // Read as the printing reads it: the same checks, the same images (TemplateDocument).
    auto *document = new TemplateDocument(k.templateName, m_folder, m_preview);
    document->setUndoRedoEnabled(false);
    QFont font(u"DejaVu Serif"_s);
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    for (auto it = m_content->images.cbegin(); it != m_content->images.cend(); ++it)
        document->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    Status read = document->setTemplateHtml(*html);
    if (read)
        read = document->resourceStatus();
    if (!read) {
        delete document;
        addError(TemplateError{0, read.error().message});
        m_status->setText(tr("The template cannot be shown: the preview shows it as it was "
                             "before."));
        m_previewMessage->setText(m_status->text());
        m_previewMessage->setVisible(true);
        updateSaveButton();
        return;
    }
    PdfRenderer::keepHeadingSizes(*document);
    // The page stays where it was read while typing.
    const int scroll = m_preview->verticalScrollBar()->value();
    // The previous preview, a child of the browser, is deleted by setDocument().
    m_preview->setDocument(document);
    m_preview->verticalScrollBar()->setValue(scroll);
    m_previewMessage->clear();
    m_previewMessage->setVisible(false);
    updateSaveButton();
}

void TemplateEditorDialog::goToError(QListWidgetItem *item)
{
    if (!item)
        return;
    const int line = item->data(LineRole).toInt();
    if (line <= 0)
        return;
    const QTextBlock block = m_text->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    m_text->setTextCursor(QTextCursor(block));
    m_text->centerCursor();
    m_text->setFocus();
    showErrorLine(line);
}

void TemplateEditorDialog::showErrorLine(int line)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = line > 0 ? m_text->document()->findBlockByNumber(line - 1)
                                      : QTextBlock();
    if (block.isValid()) {
        QTextEdit::ExtraSelection selection;
        QColor colour = TabForms::alertColour();
        colour.setAlpha(48);
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        selections.append(selection);
    }
    m_text->setExtraSelections(selections);
}

void TemplateEditorDialog::showPosition()
{
    const QTextCursor cursor = m_text->textCursor();
    m_position->setText(tr("Line %1, column %2")
                                .arg(cursor.blockNumber() + 1)
                                .arg(cursor.positionInBlock() + 1));
}

bool TemplateEditorDialog::maySave(QString *why) const
{
    const Scope &scope = m_context.scope();
    if (!scope.may(Permission::ManageSettings)) {
        *why = scope.refusal(Permission::ManageSettings);
        return false;
    }
    if (m_folder.isEmpty()) {
        *why = tr("To save a template, first choose a templates folder in Administration › "
                  "Organisation (Document templates), and save the settings: the templates "
                  "shipped with Passerelle are never changed.");
        return false;
    }
    if (!QFileInfo(m_folder).isDir()) {
        *why = tr("The templates folder “%1” does not exist: correct it in Administration › "
                  "Organisation first.")
                       .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    return true;
}

void TemplateEditorDialog::updateSaveButton()
{
    QString why;
    const bool allowed = maySave(&why);
    m_save->setEnabled(allowed && isModified());
    if (allowed) {
        const QString path = QDir::toNativeSeparators(QDir(m_folder).filePath(
                kind().templateName));
        m_save->setToolTip(tr("Writes the template to %1; the next documents print with it.")
                                   .arg(path));
        m_folderHint->setText(tr("Saving writes the template to %1.").arg(path));
    } else {
        m_save->setToolTip(why);
        m_folderHint->setText(why);
    }
}

bool TemplateEditorDialog::isModified() const
{
    return m_text->document()->isModified();
}

bool TemplateEditorDialog::save()
{
    QString why;
    if (!maySave(&why)) {
        m_status->setText(why);
        return false;
    }
    refreshPreview();
    const Kind &k = kind();
    const QString source = m_text->toPlainText();
    TemplateError where;
    if (!Template::compile(source, k.templateName, k.vocabulary(), &where)) {
        m_status->setText(where.line > 0
                                  ? tr("Not saved: correct the error on line %1 first.")
                                            .arg(where.line)
                                  : tr("Not saved: correct the error first."));
        return false;
    }
    const QByteArray bytes = source.toUtf8();
    if (bytes.size() > DocumentLimits::TemplateBytes) {
        m_status->setText(tr("Not saved: the template is larger than %1 MB, the most Passerelle "
                             "reads. Shorten it first.")
                                  .arg(DocumentLimits::TemplateBytes / (1024 * 1024)));
        return false;
    }
    const QString path = QDir(m_folder).filePath(k.templateName);
    const Status written = Documents::writeFile(path, bytes);
    if (!written) {
        m_status->setText(written.error().message);
        QMessageBox::warning(this, tr("Save the template"), written.error().message);
        return false;
    }
    m_text->document()->setModified(false);
    m_origin->setText(tr("Read from the templates folder: %1.")
                              .arg(QDir::toNativeSeparators(path)));
    m_status->setText(tr("Saved: the next documents print with this template."));
    updateSaveButton();
    return true;
}

void TemplateEditorDialog::restoreShipped()
{
    const QString shipped = shippedText(kind().templateName);
    if (shipped.isEmpty() || shipped == m_text->toPlainText())
        return;
    // One step of the undo history, as a keystroke would be.
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(shipped);
    cursor.endEditBlock();
    m_text->moveCursor(QTextCursor::Start);
    refreshPreview();
    m_status->setText(tr("The shipped template is in the editor: save it to replace yours, or "
                         "undo with Ctrl+Z."));
}

bool TemplateEditorDialog::confirmDiscard()
{
    if (!isModified())
        return true;
    QString why;
    const bool saving = maySave(&why);
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The template %1 has changes that are not saved.")
                            .arg(kind().templateName),
                    saving ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                           : QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setObjectName(u"discardTemplateChanges"_s);
    box.setInformativeText(saving ? tr("Save them before going on?")
                                  : tr("They cannot be saved here (%1). Discard them?").arg(why));
    box.setDefaultButton(saving ? QMessageBox::Save : QMessageBox::Cancel);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_text->document()->setModified(false);
        return true;
    }
    return false;
}

void TemplateEditorDialog::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

} // namespace Passerelle::Ui
