#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/ReferenceCatalog.h"
#include "domain/Types.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QWidget>

namespace Passerelle::Ui {

/// A date field that may stay empty (unknown), typed dd/mm/yyyy or picked in a calendar.
/// Emits dateEdited() when the user finishes a valid change.
class DateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    /// True when the text is empty or a valid date.
    bool isAcceptable() const;
    /// What is wrong with the text typed, in French (« 31/02/2023 » does not exist, « 12051985 »
    /// is not written dd/mm/yyyy); empty when it is acceptable.
    QString problem() const;
    QLineEdit *lineEdit() const { return m_edit; }
    /// Takes the date typed (as leaving the field does): emits dateEdited() when it is a
    /// date other than the one shown.
    void commit();

Q_SIGNALS:
    void dateEdited(const QDate &date);

private:
    void showCalendar();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QDate m_date;
};

/// An amount in euros, typed with a decimal comma ("1 234,50"), kept in cents.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    std::optional<Cents> cents() const { return m_cents; }
    void setCents(std::optional<Cents> cents);
    /// True when the text is empty or an amount.
    bool isAcceptable() const;

    /// Parses "1 234,50 €", "1234.5", "12" into cents; empty optional when not a number.
    static std::optional<Cents> parse(const QString &text);
    static QString format(Cents cents);

    /// Takes the amount typed (as leaving the field does).
    void commit();

Q_SIGNALS:
    void centsEdited(std::optional<Cents> cents);

private:

    std::optional<Cents> m_cents;
};

/// A choice in a reference list (labels shown, codes kept), with an optional empty entry.
class CodeCombo : public QComboBox
{
    Q_OBJECT

public:
    CodeCombo(const ReferenceCatalog &catalog, ReferenceList list, bool allowEmpty,
              QWidget *parent = nullptr);

    QString code() const { return currentData().toString(); }
    void setCode(const QString &code);

Q_SIGNALS:
    void codeEdited(const QString &code);
};

/// Several codes of a reference list, as check boxes.
class CodeChecklist : public QListWidget
{
    Q_OBJECT

public:
    CodeChecklist(const ReferenceCatalog &catalog, ReferenceList list, QWidget *parent = nullptr);

    QStringList codes() const;
    void setCodes(const QStringList &codes);

Q_SIGNALS:
    void codesEdited(const QStringList &codes);

private:
    bool m_updating = false;
};

/// A choice among records (agencies, partners, actions, users): label shown, id kept.
class RecordCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit RecordCombo(bool allowEmpty, QWidget *parent = nullptr);

    void setRecords(const QList<std::pair<Id, QString>> &records);
    Id id() const { return currentData().toLongLong(); }
    void setId(Id id);

Q_SIGNALS:
    void idEdited(Id id);

private:
    bool m_allowEmpty;
};

/// A free-text field (notes, observations, minutes) with the discreet reminder that the
/// household may read it (CNIL: objective, relevant, never excessive or insulting).
class FreeTextEdit : public QWidget
{
    Q_OBJECT

public:
    explicit FreeTextEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }

Q_SIGNALS:
    /// The text changed and the field lost the focus.
    void textEdited(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_reminder = nullptr;
    QString m_committed;
};

/// The message shown beside a field whose value breaks a rule (hidden when there is none).
///
/// A message that watches its field (watch()) never makes the form jump back: once it has
/// been shown, its room stays when it clears, until the form is saved or shows another
/// record (releaseRooms()); and while the user changes the field, the message turns grey —
/// it may no longer hold — until the value is checked again.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);
    void setMessage(const QString &message);
    /// The message shown (empty when none).
    QString message() const { return isHidden() ? QString() : text(); }
    /// True while the user is changing the field the message is about.
    bool isStale() const { return m_stale; }

    /// Ties the message to `field` (see the class).
    void watch(QWidget *field);
    /// Gives back the room of a cleared message.
    void releaseRoom();
    /// releaseRoom() for every message under `root`.
    static void releaseRooms(QWidget *root);

private:
    void setStale(bool stale);

    bool m_holdsRoom = false;
    bool m_stale = false;
};

/// The text of the CNIL reminder shown under free-text fields.
QString cnilReminder();

} // namespace Passerelle::Ui
