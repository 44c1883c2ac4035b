#pragma once

#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QLabel>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>

#include <functional>

namespace Passerelle::Ui::Forms {

/// When a field sends what the user typed: on every keystroke (successive keystrokes in one
/// field make one undo step), or once the field is left (or Enter pressed).
enum class Commit { Live, OnLeave };

/// How each kind of field shows a value and tells of the user's change: `value` reads the
/// widget, `show` writes it (without its change signal), `onEdit` calls back with the value
/// the user chose. Typing fields say `typing` so that their keystrokes merge.
template <typename W>
struct Field;

template <>
struct Field<QLineEdit>
{
    static QString value(const QLineEdit *w) { return w->text().trimmed(); }
    static void show(QLineEdit *w, const QString &v)
    {
        w->setText(v);
        if (!w->hasFocus())
            w->setCursorPosition(0); // a long value shows from its beginning
    }
    template <typename F>
    static void onEdit(QLineEdit *w, QObject *context, Commit commit, F f)
    {
        if (commit == Commit::Live)
            QObject::connect(w, &QLineEdit::textEdited, context, [w, f] { f(value(w), true); });
        else
            QObject::connect(w, &QLineEdit::editingFinished, context,
                             [w, f] { f(value(w), false); });
    }
};

template <>
struct Field<QPlainTextEdit>
{
    static QString value(const QPlainTextEdit *w) { return w->toPlainText(); }
    static void show(QPlainTextEdit *w, const QString &v)
    {
        const QSignalBlocker blocker(w);
        w->setPlainText(v);
    }
    template <typename F>
    static void onEdit(QPlainTextEdit *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &QPlainTextEdit::textChanged, context, [w, f] { f(value(w), true); });
    }
};

template <>
struct Field<FreeTextEdit>
{
    static QString value(const FreeTextEdit *w) { return w->text(); }
    static void show(FreeTextEdit *w, const QString &v) { w->setText(v); }
    template <typename F>
    static void onEdit(FreeTextEdit *w, QObject *context, Commit commit, F f)
    {
        if (commit == Commit::Live)
            QObject::connect(w->editor(), &QPlainTextEdit::textChanged, context,
                             [w, f] { f(value(w), true); });
        else
            QObject::connect(w, &FreeTextEdit::textEdited, context,
                             [f](const QString &text) { f(text, false); });
    }
};

template <>
struct Field<DateEdit>
{
    static QDate value(const DateEdit *w) { return w->date(); }
    static void show(DateEdit *w, const QDate &v) { w->setDate(v); }
    template <typename F>
    static void onEdit(DateEdit *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &DateEdit::dateEdited, context,
                         [f](const QDate &date) { f(date, false); });
    }
};

template <>
struct Field<MoneyEdit>
{
    static std::optional<Cents> value(const MoneyEdit *w) { return w->cents(); }
    static void show(MoneyEdit *w, std::optional<Cents> v) { w->setCents(v); }
    template <typename F>
    static void onEdit(MoneyEdit *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &MoneyEdit::centsEdited, context,
                         [f](std::optional<Cents> cents) { f(cents, false); });
    }
};

template <>
struct Field<CodeCombo>
{
    static QString value(const CodeCombo *w) { return w->code(); }
    static void show(CodeCombo *w, const QString &v) { w->setCode(v); }
    template <typename F>
    static void onEdit(CodeCombo *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &CodeCombo::codeEdited, context,
                         [f](const QString &code) { f(code, false); });
    }
};

template <>
struct Field<CodeChecklist>
{
    static QStringList value(const CodeChecklist *w) { return w->codes(); }
    static void show(CodeChecklist *w, const QStringList &v) { w->setCodes(v); }
    template <typename F>
    static void onEdit(CodeChecklist *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &CodeChecklist::codesEdited, context,
                         [f](const QStringList &codes) { f(codes, false); });
    }
};

template <>
struct Field<RecordCombo>
{
    static Id value(const RecordCombo *w) { return w->id(); }
    static void show(RecordCombo *w, Id v) { w->setId(v); }
    template <typename F>
    static void onEdit(RecordCombo *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &RecordCombo::idEdited, context, [f](Id id) { f(id, false); });
    }
};

template <>
struct Field<QCheckBox>
{
    static bool value(const QCheckBox *w) { return w->isChecked(); }
    static void show(QCheckBox *w, bool v)
    {
        const QSignalBlocker blocker(w);
        w->setChecked(v);
    }
    template <typename F>
    static void onEdit(QCheckBox *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &QCheckBox::toggled, context, [f](bool on) { f(on, false); });
    }
};

/// A choice among fixed items, by its index (the binding maps it to and from the value).
template <>
struct Field<QComboBox>
{
    static int value(const QComboBox *w) { return w->currentIndex(); }
    static void show(QComboBox *w, int v)
    {
        const QSignalBlocker blocker(w);
        w->setCurrentIndex(v);
    }
    template <typename F>
    static void onEdit(QComboBox *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &QComboBox::activated, context, [f](int index) { f(index, false); });
    }
};

/// A count or a duration: 0 (shown as the box's special text) stands for "not known".
template <>
struct Field<QSpinBox>
{
    static std::optional<int> value(const QSpinBox *w)
    {
        return w->value() > w->minimum() || w->specialValueText().isEmpty()
                   ? std::optional<int>(w->value())
                   : std::nullopt;
    }
    static void show(QSpinBox *w, std::optional<int> v)
    {
        const QSignalBlocker blocker(w);
        w->setValue(v.value_or(w->minimum()));
    }
    template <typename F>
    static void onEdit(QSpinBox *w, QObject *context, Commit commit, F f)
    {
        if (commit == Commit::Live)
            QObject::connect(w, &QSpinBox::valueChanged, context, [w, f] { f(value(w), true); });
        else
            QObject::connect(w, &QSpinBox::editingFinished, context,
                             [w, f] { f(value(w), false); });
    }
};

/// A time of day; the box's minimum (shown as its special text) stands for "no time".
template <>
struct Field<QTimeEdit>
{
    static QTime value(const QTimeEdit *w)
    {
        return w->time() == w->minimumTime() ? QTime() : w->time();
    }
    static void show(QTimeEdit *w, const QTime &v)
    {
        const QSignalBlocker blocker(w);
        w->setTime(v.isValid() ? v : w->minimumTime());
    }
    template <typename F>
    static void onEdit(QTimeEdit *w, QObject *context, Commit, F f)
    {
        QObject::connect(w, &QTimeEdit::timeChanged, context, [w, f] { f(value(w), true); });
    }
};

/// Ties the fields of a form to the record of type R it edits: each field shows its value
/// when the form is refreshed, and each change the user makes is sent as one undoable edit,
/// named for the undo menu; each rule's message shows under its field. The binder knows
/// neither where the record lives nor how it is saved: `record` finds the record shown
/// (nullptr: none, the fields show a blank one) and `edit` applies a change to it.
template <typename R>
class Binder
{
public:
    using Change = std::function<void(R &)>;
    /// Applies `change` as one undoable step named `text`; `mergeKey` (the field typed in)
    /// merges keystrokes. The order of EditDocument::edit().
    using Edit = std::function<void(const QString &text, const Change &change,
                                    const QString &mergeKey)>;

    Binder(QObject *context, std::function<const R *()> record, Edit edit,
           Commit commit = Commit::OnLeave)
        : m_context(context), m_record(std::move(record)), m_edit(std::move(edit)),
          m_commit(commit)
    {
    }
    Binder(const Binder &) = delete;
    Binder &operator=(const Binder &) = delete;

    /// Binds `widget` to `member`; `text` names the edit ("Changer la date d'un contact").
    template <typename W, typename V>
    W *bind(W *widget, V R::*member, const QString &text)
    {
        return bind(
            widget, [member](const R &r) { return r.*member; },
            [member](R &r, const V &v) { r.*member = v; }, text);
    }

    /// Binds `widget` to a value read by `get(record)` and written by `set(record, value)`.
    template <typename W, typename Get, typename Set>
    W *bind(W *widget, Get get, Set set, const QString &text)
    {
        using Value = std::decay_t<decltype(Field<W>::value(widget))>;
        m_shows.append([widget, get](const R &r) {
            const Value shown = Value(get(r));
            if (!(Field<W>::value(widget) == shown))
                Field<W>::show(widget, shown);
        });
        Field<W>::onEdit(widget, m_context, m_commit, [this, widget, set, text](Value v, bool typing) {
            if (m_filling || !m_record())
                return;
            m_edit(text, [set, v](R &r) { set(r, v); },
                   typing ? widget->objectName() : QString());
        });
        return widget;
    }

    /// Applies `change` to the record shown as one undoable edit.
    void edit(const QString &text, const Change &change, const QString &mergeKey = {}) const
    {
        if (!m_filling && m_record())
            m_edit(text, change, mergeKey);
    }

    const R *record() const { return m_record(); }

    /// Shows the record in every bound field (a blank record when there is none); the
    /// fields' signals meanwhile are not edits.
    void refresh()
    {
        m_filling = true;
        const R *r = m_record();
        const R blank{};
        for (const auto &show : std::as_const(m_shows))
            show(r ? *r : blank);
        m_filling = false;
    }
    bool isFilling() const { return m_filling; }

    /// The message of the rule `field` ("date", "amount"…), to show under `widget` (named
    /// "message_" + the widget's name).
    FieldMessage *message(const QString &field, QWidget *widget)
    {
        FieldMessage *m = m_messages.add(field, widget->parentWidget());
        m->setObjectName(QStringLiteral("message_") + widget->objectName());
        return m;
    }
    TabForms::FormMessages &messages() { return m_messages; }
    /// Adds "label  field" to `form`: the field is named `name`, the message of the rule
    /// `rule` (none when empty) shows under it, the label's mnemonic reaches it.
    QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &name,
                   const QString &rule = {})
    {
        field->setObjectName(name);
        return TabForms::addRow(form, label, field, rule.isEmpty() ? nullptr : message(rule, field));
    }
    /// One field of the form in one call: adds the row "label  widget" (as addRow) and binds
    /// the widget to `member` (as bind); `text` names the edit.
    template <typename W, typename V>
    W *row(QFormLayout *form, const QString &label, W *widget, const QString &name,
           V R::*member, const QString &text, const QString &rule = {})
    {
        addRow(form, label, widget, name, rule);
        return bind(widget, member, text);
    }
    /// The same, the value read by `get(record)` and written by `set(record, value)`.
    template <typename W, typename Get, typename Set>
    W *row(QFormLayout *form, const QString &label, W *widget, const QString &name, Get get,
           Set set, const QString &text, const QString &rule = {})
    {
        addRow(form, label, widget, name, rule);
        return bind(widget, get, set, text);
    }
    /// Shows each problem under its field (the others in the fallback field's message).
    void showProblems(const Problems &problems) { m_messages.show(problems); }

private:
    QObject *m_context;
    std::function<const R *()> m_record;
    Edit m_edit;
    Commit m_commit;
    QList<std::function<void(const R &)>> m_shows;
    TabForms::FormMessages m_messages;
    bool m_filling = false;
};

} // namespace Passerelle::Ui::Forms
