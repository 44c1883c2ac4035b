#include "FormWidgets.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace Passerelle::Ui {

namespace {

QDate parseDate(const QString &text)
{
    static const QRegularExpression french(
        QStringLiteral("^\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\s*$"));
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})\\s*$"));
    if (const auto m = french.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace

QString cnilReminder()
{
    return QCoreApplication::translate(
        "Passerelle::Ui::FreeTextEdit",
        "The household may read what is written here: keep it objective and relevant, never "
        "excessive or insulting.");
}

// --- DateEdit ------------------------------------------------------------------------------

DateEdit::DateEdit(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_edit->setMaxLength(10);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000"))
                            + 32);
    m_button = new QToolButton(this);
    m_button->setText(QStringLiteral("▾"));
    m_button->setToolTip(tr("Choose in a calendar"));
    m_button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateEdit::commit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        // A date being typed that cannot be one is shown at once.
        m_edit->setStyleSheet(isAcceptable() ? QString()
                                             : QStringLiteral("QLineEdit { color: #b00020; }"));
    });
    connect(m_button, &QToolButton::clicked, this, &DateEdit::showCalendar);
}

void DateEdit::setDate(const QDate &date)
{
    m_date = date;
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_edit->setStyleSheet(QString());
}

bool DateEdit::isAcceptable() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() || parseDate(text).isValid();
}

QString DateEdit::problem() const
{
    if (isAcceptable())
        return {};
    const QString text = m_edit->text().trimmed();
    static const QRegularExpression written(
        QStringLiteral("^\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}\\s*$"));
    if (written.match(text).hasMatch())
        return tr("“%1” does not exist in the calendar: check the day and the month.").arg(text);
    return tr("“%1” is not a date: write it dd/mm/yyyy.").arg(text);
}

void DateEdit::commit()
{
    const QString text = m_edit->text().trimmed();
    const QDate date = parseDate(text);
    if (!text.isEmpty() && !date.isValid())
        return; // shown in red; the value stays as it was until it is a date
    if (date == m_date)
        return;
    setDate(date);
    Q_EMIT dateEdited(date);
}

void DateEdit::showCalendar()
{
    QMenu menu(this);
    auto *action = new QWidgetAction(&menu);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setLocale(QLocale());
    calendar->setGridVisible(true);
    if (m_date.isValid())
        calendar->setSelectedDate(m_date);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](const QDate &date) {
        menu.close();
        if (date != m_date) {
            setDate(date);
            Q_EMIT dateEdited(date);
        }
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    menu.exec(m_button->mapToGlobal(QPoint(0, m_button->height())));
}

// --- MoneyEdit -----------------------------------------------------------------------------

MoneyEdit::MoneyEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("0,00 €"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // As wide as the largest amount, not as the form: a lone figure across a wide pane reads
    // badly and its right-aligned digits end far from the label.
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-000 000 000,00 €")) + 24);
    connect(this, &QLineEdit::editingFinished, this, &MoneyEdit::commit);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool ok = text.trimmed().isEmpty() || parse(text).has_value();
        setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { color: #b00020; }"));
    });
}

std::optional<Cents> MoneyEdit::parse(const QString &input)
{
    QString text = input;
    text.remove(QChar(0x20AC)); // €
    for (const QChar space : {QChar(u' '), QChar(0x00A0), QChar(0x202F)})
        text.remove(space);
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression number(QStringLiteral("^(-?)(\\d+)(?:[,.](\\d{1,2}))?$"));
    auto m = number.match(text);
    if (!m.hasMatch()) {
        // As format() writes it in the language of the interface ("52,000.00" in English).
        const QLocale locale;
        bool grouped = false;
        locale.toDouble(text, &grouped); // refuses separators out of place ("12,3,4")
        if (!grouped)
            return std::nullopt;
        QString local = text;
        local.remove(locale.groupSeparator());
        local.replace(locale.decimalPoint(), QStringLiteral("."));
        m = number.match(local);
        if (!m.hasMatch())
            return std::nullopt;
    }
    bool ok = false;
    const qint64 euros = m.captured(2).toLongLong(&ok);
    if (!ok || euros > 1'000'000'000)
        return std::nullopt;
    QString decimals = m.captured(3);
    while (decimals.size() < 2)
        decimals += u'0';
    const Cents cents = euros * 100 + decimals.toInt();
    return m.captured(1).isEmpty() ? cents : -cents;
}

QString MoneyEdit::format(Cents cents)
{
    return QLocale().toString(double(cents) / 100.0, 'f', 2) + QStringLiteral(" €");
}

void MoneyEdit::setCents(std::optional<Cents> cents)
{
    m_cents = cents;
    const QSignalBlocker blocker(this);
    setText(cents ? format(*cents) : QString());
    setStyleSheet(QString());
}

bool MoneyEdit::isAcceptable() const
{
    const QString raw = text().trimmed();
    return raw.isEmpty() || parse(raw).has_value();
}

void MoneyEdit::commit()
{
    const QString raw = text().trimmed();
    const std::optional<Cents> value = parse(raw);
    if (!raw.isEmpty() && !value)
        return;
    const bool changed = value != m_cents;
    setCents(value); // normalises the display even when the value stays
    if (changed)
        Q_EMIT centsEdited(value);
}

// --- CodeCombo -----------------------------------------------------------------------------

CodeCombo::CodeCombo(const ReferenceCatalog &catalog, ReferenceList list, bool allowEmpty,
                     QWidget *parent)
    : QComboBox(parent)
{
    if (allowEmpty)
        addItem(tr("—"), QString());
    for (const ReferenceItem &item : catalog.items(list))
        addItem(item.label, item.code);
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT codeEdited(code()); });
}

void CodeCombo::setCode(const QString &code)
{
    const QSignalBlocker blocker(this);
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        // A code no longer offered (hidden by the administrator) still shows.
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(std::max(0, index));
}

// --- CodeChecklist -------------------------------------------------------------------------

CodeChecklist::CodeChecklist(const ReferenceCatalog &catalog, ReferenceList list,
                             QWidget *parent)
    : QListWidget(parent)
{
    for (const ReferenceItem &item : catalog.items(list)) {
        auto *row = new QListWidgetItem(item.label, this);
        row->setData(Qt::UserRole, item.code);
        row->setToolTip(item.label); // the whole label when a narrow list cuts it
        row->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        row->setCheckState(Qt::Unchecked);
    }
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT codesEdited(codes());
    });
}

QStringList CodeChecklist::codes() const
{
    QStringList result;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            result << item(i)->data(Qt::UserRole).toString();
    }
    std::sort(result.begin(), result.end());
    return result;
}

void CodeChecklist::setCodes(const QStringList &codes)
{
    m_updating = true;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *row = item(i);
        row->setCheckState(codes.contains(row->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
    m_updating = false;
}

// --- RecordCombo ---------------------------------------------------------------------------

RecordCombo::RecordCombo(bool allowEmpty, QWidget *parent)
    : QComboBox(parent), m_allowEmpty(allowEmpty)
{
    // Long names (« LAAVA — Logement accompagné… ») do not widen the form: the combo takes
    // the room the form gives it, its list shows them whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT idEdited(id()); });
}

void RecordCombo::setRecords(const QList<std::pair<Id, QString>> &records)
{
    const QSignalBlocker blocker(this);
    const Id current = id();
    clear();
    if (m_allowEmpty)
        addItem(tr("—"), Id(0));
    for (const auto &[id, label] : records)
        addItem(label, id);
    setId(current);
}

void RecordCombo::setId(Id id)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(std::max(0, findData(id)));
}

// --- FreeTextEdit --------------------------------------------------------------------------

FreeTextEdit::FreeTextEdit(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    auto *reminder = m_reminder = new QLabel(cnilReminder(), this);
    reminder->setWordWrap(true);
    QFont small = reminder->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setItalic(true);
    reminder->setFont(small);
    reminder->setStyleSheet(QStringLiteral("color: palette(mid);"));
    reminder->setObjectName(QStringLiteral("cnilReminder"));
    layout->addWidget(m_edit);
    layout->addWidget(reminder);
    setFocusProxy(m_edit);
}

void FreeTextEdit::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The reminder wraps in a narrow form: the field asks for the height of all its lines, so
    // that the form gives it them rather than drawing it over the text.
    const int needed = m_reminder->heightForWidth(width());
    if (needed > 0 && needed != m_reminder->minimumHeight())
        m_reminder->setMinimumHeight(needed);
}

QString FreeTextEdit::text() const
{
    return m_edit->toPlainText();
}

void FreeTextEdit::setText(const QString &text)
{
    m_committed = text;
    if (m_edit->toPlainText() != text) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(text);
    }
}

bool FreeTextEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        const QString now = m_edit->toPlainText();
        if (now != m_committed) {
            m_committed = now;
            Q_EMIT textEdited(now);
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- FieldMessage --------------------------------------------------------------------------

namespace {

const QString redText = QStringLiteral("color: #b00020;");
const QString greyText = QStringLiteral("color: palette(mid);");

} // namespace

FieldMessage::FieldMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(redText);
    hide();
}

void FieldMessage::setMessage(const QString &message)
{
    setStale(false);
    if (message.isEmpty()) {
        // Hidden; the room a watching message took stays (its text sizes it) so that nothing
        // under it moves back up.
        hide();
        if (!m_holdsRoom)
            clear();
        return;
    }
    if (m_holdsRoom) {
        QSizePolicy policy = sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        setSizePolicy(policy);
    }
    setText(message);
    show();
}

void FieldMessage::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    setStyleSheet(stale ? greyText : redText);
}

void FieldMessage::watch(QWidget *field)
{
    m_holdsRoom = true;
    const auto changing = [this] {
        if (!isHidden())
            setStale(true);
    };
    if (auto *date = qobject_cast<DateEdit *>(field))
        field = date->lineEdit();
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::textEdited, this, changing);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::activated, this, changing);
    else if (auto *free = qobject_cast<FreeTextEdit *>(field))
        connect(free->editor(), &QPlainTextEdit::textChanged, this, [this, free, changing] {
            if (free->editor()->hasFocus())
                changing();
        });
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        connect(plain, &QPlainTextEdit::textChanged, this, [plain, changing] {
            if (plain->hasFocus())
                changing();
        });
}

void FieldMessage::releaseRoom()
{
    QSizePolicy policy = sizePolicy();
    if (!policy.retainSizeWhenHidden())
        return;
    policy.setRetainSizeWhenHidden(false);
    setSizePolicy(policy);
    if (isHidden())
        clear();
}

void FieldMessage::releaseRooms(QWidget *root)
{
    if (!root)
        return;
    const auto messages = root->findChildren<FieldMessage *>();
    for (FieldMessage *m : messages)
        m->releaseRoom();
}

} // namespace Passerelle::Ui
