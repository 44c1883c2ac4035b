#include "forms/TabForms.h"

#include <QScreen>
#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>
#include <QAbstractItemView>
#include <QListView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QAbstractButton>
#include <QTextEdit>
#include <QLineEdit>

#include "households/Lookups.h"
#include "households/HouseholdFile.h"
#include "widgets/FormWidgets.h"

#include <QColor>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Passerelle::Ui::TabForms {

void makeReadOnly(QWidget *tab)
{
    for (QWidget *w : tab->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            // A combo box's or a date's own line edit goes with its owner.
            if (!qobject_cast<QComboBox *>(line->parentWidget())
                && !qobject_cast<QAbstractSpinBox *>(line->parentWidget()))
                line->setReadOnly(true);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            plain->setReadOnly(true);
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            rich->setReadOnly(true);
        } else if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                   || qobject_cast<QAbstractSpinBox *>(w)) {
            w->setEnabled(false);
        } else if (qobject_cast<QListView *>(w)) {
            // Lists of ticks (publics, resources): the ticks are inputs.
            w->setEnabled(false);
        } else if (auto *table = qobject_cast<QAbstractItemView *>(w)) {
            table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        }
    }
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    return new QGroupBox(title, parent);
}

namespace {

/// Keeps the field the user works in where it is on the screen when the page above it grows
/// (a message appears under a field, a list gets a row): the page scrolls by as much, as
/// browsers' scroll anchoring does. The anchor is the focused widget of the page, its place
/// noted whenever the focus moves or the user scrolls; a move of it or of any widget it is in
/// brings the page back to it.
class ScrollAnchor : public QObject
{
public:
    explicit ScrollAnchor(QScrollArea *scroll) : QObject(scroll), m_scroll(scroll)
    {
        connect(qApp, &QApplication::focusChanged, this, [this] {
            // The field left may already have shown its message (and moved the others): the
            // new anchor's place is the one noted before the focus moved.
            note();
            if (m_anchor) {
                m_place = m_before.value(m_anchor, m_place);
                schedule();
            }
            m_before.clear();
        });
        connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
            if (!m_adjusting)
                note();
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Move && m_chain.contains(watched))
            schedule();
        else if (event->type() == QEvent::FocusAboutToChange && watched == m_anchor)
            noteEveryField();
        return false;
    }

private:
    QWidget *anchor() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && m_scroll->widget()->isAncestorOf(focus) && focus->isVisible() ? focus
                                                                                     : nullptr;
    }
    int place(QWidget *w) const { return w->mapTo(m_scroll->viewport(), QPoint(0, 0)).y(); }

    void note()
    {
        for (const QPointer<QObject> &o : std::as_const(m_chain)) {
            if (o)
                o->removeEventFilter(this);
        }
        m_chain.clear();
        m_anchor = anchor();
        if (!m_anchor)
            return;
        m_place = place(m_anchor);
        for (QWidget *w = m_anchor; w && w != m_scroll->widget(); w = w->parentWidget()) {
            w->installEventFilter(this);
            m_chain.append(w);
        }
    }

    void schedule()
    {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this] { keep(); });
    }

    /// Where each field of the page stands, before the focus leaves the anchor.
    void noteEveryField()
    {
        m_before.clear();
        const auto fields = m_scroll->widget()->findChildren<QWidget *>();
        for (QWidget *w : fields) {
            if (w->focusPolicy() != Qt::NoFocus && w->isVisible())
                m_before.insert(w, place(w));
        }
    }

    void keep()
    {
        m_pending = false;
        if (!m_anchor || m_anchor != anchor())
            return note();
        QScrollBar *bar = m_scroll->verticalScrollBar();
        const int moved = place(m_anchor) - m_place;
        if (moved != 0) {
            m_adjusting = true;
            bar->setValue(bar->value() + moved);
            m_adjusting = false;
        }
        note();
    }

    QScrollArea *m_scroll;
    QPointer<QWidget> m_anchor;
    QList<QPointer<QObject>> m_chain;
    QHash<QWidget *, int> m_before;
    int m_place = 0;
    bool m_adjusting = false;
    bool m_pending = false;
};

QString plainLabel(const QLabel *label)
{
    QString text = label->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QRegularExpression(QStringLiteral("\\s*:\\s*$")));
    return text.trimmed();
}

} // namespace

void anchorScrolling(QScrollArea *scroll)
{
    new ScrollAnchor(scroll);
}

QVBoxLayout *scrollingPage(QWidget *tab)
{
    auto *outer = new QVBoxLayout(tab);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    anchorScrolling(scroll);
    return layout;
}

void commitTypedValues(QWidget *root)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isEnabled())
            continue;
        if (auto *d = qobject_cast<DateEdit *>(w))
            d->commit();
        else if (auto *m = qobject_cast<MoneyEdit *>(w))
            m->commit();
    }
}

QList<UnreadValue> unreadValues(QWidget *root)
{
    QList<UnreadValue> found;
    const auto labelOf = [root](QWidget *field) {
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (label->buddy() == field)
                return plainLabel(label);
        }
        return QString();
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        QString what;
        if (auto *d = qobject_cast<DateEdit *>(w); d && !d->isAcceptable()) {
            what = d->problem();
        } else if (auto *m = qobject_cast<MoneyEdit *>(w); m && !m->isAcceptable()) {
            what = QCoreApplication::translate(
                           "Passerelle::Ui::TabForms",
                           "“%1” is not an amount: write it as 1 234,50, or clear it.")
                           .arg(m->text().trimmed());
        } else {
            continue;
        }
        if (!w->isEnabled())
            continue;
        const QString label = labelOf(w);
        found.append({w, label.isEmpty() ? what : label + QStringLiteral("\u00a0: ") + what});
    }
    return found;
}

bool refuseUnreadValues(QWidget *root, const QString &title)
{
    commitTypedValues(root);
    const QList<UnreadValue> unread = unreadValues(root);
    if (unread.isEmpty())
        return false;
    QStringList lines;
    for (const UnreadValue &u : unread)
        lines << QStringLiteral("• ") + u.message;
    QMessageBox box(QMessageBox::Warning, title,
                    QCoreApplication::translate("Passerelle::Ui::TabForms",
                                                "Nothing was saved: a field holds what Passerelle "
                                                "cannot read, and it would be lost."),
                    QMessageBox::Ok, root);
    box.setObjectName(QStringLiteral("unreadValues"));
    box.setInformativeText(lines.join(u'\n'));
    box.exec();
    // Back to the first one, its text as typed, to correct it.
    QWidget *first = unread.first().field;
    for (QWidget *p = first->parentWidget(); p; p = p->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(p)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(first))
                    tabs->setCurrentIndex(i);
            }
        }
    }
    first->setFocus(Qt::OtherFocusReason);
    return true;
}

QLabel *emptyState(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(12);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setEnabled(false);
    label->setWordWrap(true);
    return label;
}

QColor alertColour()
{
    return QColor(0xb0, 0x00, 0x20);
}

DateEdit *compact(DateEdit *edit)
{
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000"))
                          + 80);
    return edit;
}

FreeTextEdit *bounded(FreeTextEdit *edit, int lines)
{
    const int height = edit->editor()->fontMetrics().lineSpacing() * lines + 12;
    edit->editor()->setMinimumHeight(std::min(height, 60));
    edit->editor()->setMaximumHeight(height);
    // The reminder stays under the text, whatever room the form has.
    edit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return edit;
}

ListSection::ListSection(QGroupBox *box, QTableWidget *table, const QString &emptyText,
                         FormPlace place)
    : ListSection(box, table, emptyText, new QWidget(box), new QVBoxLayout)
{
    if (place == FormPlace::Beside) {
        list->setContentsMargins(0, 0, 0, 0);
        auto *columns = new QHBoxLayout(box);
        columns->addLayout(list, 3);
        columns->addWidget(form, 2);
        fields->setContentsMargins(0, 0, 0, 0);
    } else {
        box->setLayout(list);
        list->addWidget(form);
        fields->setContentsMargins(0, 6, 0, 0);
    }
}

ListSection::ListSection(QGroupBox *box, QTableWidget *table, const QString &emptyText,
                         QGroupBox *formBox)
    : ListSection(box, table, emptyText, formBox, new QVBoxLayout(box))
{
    hideForm = true;
}

ListSection::ListSection(QGroupBox *box, QTableWidget *table, const QString &emptyText,
                         QWidget *form, QVBoxLayout *list)
    : list(list), table(table), empty(emptyState(emptyText, box)), buttons(new QHBoxLayout),
      form(form), fields(new QFormLayout(form))
{
    list->addWidget(table);
    list->addWidget(empty);
    buttons->addStretch();
    list->addLayout(buttons);
}

QPushButton *ListSection::button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, form->parentWidget());
    b->setObjectName(name);
    buttons->insertWidget(buttons->count() - 1, b);
    return b;
}

QTableWidget *recordTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fitRows(QTableWidget *table, int minRows, int maxRows)
{
    const int rows = std::clamp(table->rowCount(), minRows, maxRows);
    const int height = rows * table->verticalHeader()->defaultSectionSize()
                       + table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth()
                       + (table->horizontalScrollBar()->isVisible()
                                  ? table->horizontalScrollBar()->sizeHint().height()
                                  : 0);
    table->setFixedHeight(height);
}

QTableWidgetItem *setCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, column, item);
    }
    item->setText(text);
    return item;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

void standOut(QTableWidget *table, int row, const QString &why)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        if (QTableWidgetItem *item = table->item(row, column)) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setForeground(alertColour());
            item->setToolTip(why);
        }
    }
}

QString firstLine(const QString &text, int maxLength)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    const QString line = end < 0 ? trimmed : trimmed.left(end).trimmed();
    if (maxLength > 0 && line.size() > maxLength)
        return line.left(maxLength - 1) + QChar(0x2026);
    return end < 0 ? line : line + QStringLiteral(" …");
}

void setRowId(QTableWidget *table, int row, Id id)
{
    if (QTableWidgetItem *item = table->item(row, 0))
        item->setData(Qt::UserRole, id);
}

Id rowId(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = row >= 0 ? table->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

int rowOf(const QTableWidget *table, Id id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (rowId(table, row) == id)
            return row;
    }
    return -1;
}

void setRowLook(QTableWidget *table, int row, RowLook look, const QString &why)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem *item = table->item(row, column);
        if (!item)
            continue;
        QFont font = table->font();
        font.setItalic(look == RowLook::Planned);
        item->setFont(font);
        item->setForeground(look == RowLook::Warning ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
        item->setBackground(look == RowLook::Planned ? QBrush(QColor(0xe3, 0xee, 0xfa)) : QBrush());
        item->setToolTip(why);
    }
}

void setRowProblems(QTableWidget *table, int row, const Problems &problems)
{
    QStringList messages;
    for (const FieldProblem &p : problems)
        messages << p.message;
    setRowLook(table, row, problems.isEmpty() ? RowLook::Normal : RowLook::Warning,
               messages.join(u'\n'));
}

Id showRecords(QTableWidget *table, QWidget *emptyState, Id current)
{
    const int rows = table->rowCount();
    table->setVisible(rows > 0);
    emptyState->setVisible(rows == 0);
    int row = rowOf(table, current);
    if (row < 0)
        row = rows - 1;
    selectRow(table, row);
    return row < 0 ? 0 : rowId(table, row);
}

void selectRow(QTableWidget *table, int row)
{
    const QSignalBlocker blocker(table);
    const QSignalBlocker selection(table->selectionModel());
    table->clearSelection();
    if (row >= 0 && row < table->rowCount()) {
        table->setCurrentCell(row, 0);
        table->selectRow(row);
        // The view follows its current row only through the signals blocked here.
        table->scrollTo(table->model()->index(row, 0));
    } else {
        table->setCurrentCell(-1, -1);
    }
    table->viewport()->update();
}

QList<std::pair<Id, QString>> supportActionChoices(const HouseholdFile &file,
                                                   const Lookups &lookups, const QList<Id> &alsoIds)
{
    QList<Id> ids;
    const auto add = [&ids](Id id) {
        if (id > 0 && !ids.contains(id))
            ids << id;
    };
    for (const Support &s : file.supports)
        add(s.actionId);
    for (const Id id : alsoIds)
        add(id);
    QList<std::pair<Id, QString>> choices;
    for (const Id id : std::as_const(ids)) {
        const QString code = lookups.actionCode(id);
        const QString name = lookups.actionName(id);
        choices.append({id, name.isEmpty() ? code : code + QStringLiteral(" — ") + name});
    }
    return choices;
}

Id shownSupportAction(const HouseholdFile &file, const QList<std::pair<Id, QString>> &choices,
                      Id current)
{
    const auto listed = [&choices](Id id) {
        return std::any_of(choices.cbegin(), choices.cend(),
                           [id](const auto &choice) { return choice.first == id; });
    };
    if (current > 0 && listed(current))
        return current;
    for (const Support &s : file.supports) {
        if (!s.endDate.isValid() && listed(s.actionId))
            return s.actionId;
    }
    return choices.isEmpty() ? 0 : choices.first().first;
}

QHBoxLayout *supportHeader(const QString &label, const QString &objectName, const QString &toolTip,
                           RecordCombo *&combo, QLabel *&name, QWidget *parent)
{
    auto *header = new QHBoxLayout;
    header->setContentsMargins(9, 0, 9, 0);
    combo = new RecordCombo(false, parent);
    combo->setObjectName(objectName);
    combo->setMinimumWidth(320);
    combo->setToolTip(toolTip);
    auto *text = new QLabel(label, parent);
    text->setBuddy(combo);
    name = new QLabel(parent);
    name->setObjectName(objectName + QStringLiteral("Name"));
    header->addWidget(text);
    header->addWidget(combo);
    header->addWidget(name);
    header->addStretch();
    return header;
}

void showSupportChoices(RecordCombo *combo, QLabel *name,
                        const QList<std::pair<Id, QString>> &choices, Id shown, const QString &none)
{
    combo->setRecords(choices);
    combo->setId(shown);
    // One support: its name is enough; several: the choice.
    combo->setVisible(choices.size() > 1);
    name->setVisible(choices.size() <= 1);
    name->setText(choices.isEmpty() ? none : choices.first().second);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

void tabOrder(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (auto *date = qobject_cast<DateEdit *>(w))
            w = date->lineEdit();
        else if (auto *text = qobject_cast<FreeTextEdit *>(w))
            w = text->editor();
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(field);
    if (message)
        v->addWidget(message);
    cell->setFocusProxy(field);
    if (message)
        message->watch(field);
    return cell;
}

void resizeWithinScreen(QWidget *window, QSize preferred)
{
    if (const QScreen *screen = window->screen())
        preferred = preferred.boundedTo(screen->availableGeometry().size() * 0.95);
    window->resize(preferred);
}

QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, FieldMessage *message)
{
    auto *text = new QLabel(label, form->parentWidget());
    text->setBuddy(field);
    form->addRow(text, withMessage(field, message, form->parentWidget()));
    return text;
}

FieldMessage *FormMessages::add(const QString &field, QWidget *parent)
{
    auto *message = new FieldMessage(parent);
    message->setObjectName(QStringLiteral("message_") + m_prefix + field);
    m_messages.insert(field, message);
    return message;
}

void FormMessages::show(const Problems &problems)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\].*$"));
    QHash<QString, QStringList> byField;
    for (const FieldProblem &p : problems) {
        QString field = p.field;
        if (!m_messages.contains(field)) {
            const QString whole = QString(field).remove(index);
            field = m_messages.contains(whole) ? whole : m_fallback;
        }
        if (!byField.value(field).contains(p.message))
            byField[field] << p.message;
    }
    show(byField);
}

void FormMessages::show(const QHash<QString, QStringList> &byField)
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        it.value()->setMessage(byField.value(it.key()).join(u'\n'));
}

Problems problemsOf(const Problems &all, const QString &list, qsizetype index)
{
    const QString prefix = QStringLiteral("%1[%2].").arg(list).arg(index);
    Problems found;
    for (const FieldProblem &p : all) {
        if (list.isEmpty() ? !p.field.contains(u'[') : p.field.startsWith(prefix))
            found.append({list.isEmpty() ? p.field : p.field.mid(prefix.size()), p.message});
    }
    return found;
}

QLabel *addLabelled(QBoxLayout *layout, const QString &label, QWidget *field, int stretch)
{
    auto *text = new QLabel(label, field->parentWidget());
    text->setBuddy(field);
    layout->addWidget(text);
    layout->addWidget(field, stretch);
    return text;
}

QTableView *recordView(QAbstractItemModel *model, const QString &objectName, int sortColumn,
                       QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    return view;
}

RecordCombo *recordChoice(bool allowEmpty, const QList<std::pair<Id, QString>> &records,
                          QWidget *parent)
{
    auto *combo = new RecordCombo(allowEmpty, parent);
    combo->setRecords(records);
    return combo;
}

void stretchColumns(QHeaderView *header, const QList<int> &stretched)
{
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : stretched)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

QLabel *filterRow(QVBoxLayout *layout, const QString &label, QWidget *filter,
                  const QString &countName)
{
    auto *row = new QHBoxLayout;
    addLabelled(row, label, filter);
    row->addStretch();
    auto *count = new QLabel(filter->parentWidget());
    count->setObjectName(countName);
    row->addWidget(count);
    layout->addLayout(row);
    return count;
}

} // namespace Passerelle::Ui::TabForms
