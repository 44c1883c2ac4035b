#pragma once

#include "widgets/WidgetsFwd.h"

#include "documents/DocumentContent.h"
#include "domain/Types.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QListWidgetItem;
class QTextBrowser;
class QTreeWidgetItem;

namespace Passerelle::Ui {

class TemplateTextEdit;

/// The editor of the document templates (contract, convocation, committee agenda): the
/// template's HTML with its line numbers, the list of the fields it may use with their values
/// for a chosen household (or committee), a preview filled in with them as one types, and the
/// errors at their line. Saves into the templates folder chosen in the organisation settings,
/// for those who may change the settings; anyone who opens it may read and try.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateEditorDialog(AppContext &context, QWidget *parent = nullptr);
    ~TemplateEditorDialog() override;

    /// The text differs from the template as it was read or last saved.
    bool isModified() const;
    /// Writes the template into the templates folder once it compiles; false (and the reason
    /// shown) otherwise.
    bool save();
    /// Puts the template shipped with Passerelle in the editor (an edit, to save or undo).
    void restoreShipped();
    /// Fills the preview in now, rather than after the pause in typing.
    void refreshPreview();

    /// Asks before leaving unsaved changes.
    void reject() override;

private:
    struct Kind;
    static const QList<Kind> &kinds();
    const Kind &kind() const;

    QWidget *buildEditorPane();
    QWidget *buildFieldsPane();
    QWidget *buildPreviewPane();

    void chooseTemplate(int index);
    void loadTemplate();
    void fillSamples();
    void loadSample();
    void fillFields();
    void filterFields(const QString &text);
    void insertField(QTreeWidgetItem *item);
    void goToError(QListWidgetItem *item);
    void showErrorLine(int line);
    void showPosition();
    void updateSaveButton();
    bool maySave(QString *why) const;
    bool confirmDiscard();

    AppContext &m_context;
    QString m_folder; ///< the templates folder of the settings (empty: none chosen)
    int m_kindIndex = 0;
    Id m_householdId = 0;
    QSet<Id> m_journaled; ///< the households whose reading for the preview is journaled
    Id m_committeeId = 0;
    std::optional<DocumentContent> m_content; ///< the chosen sample's data, when it has some
    QString m_sampleProblem;                  ///< why there is no data to preview with

    QComboBox *m_templateChoice = nullptr;
    QLineEdit *m_sampleSearch = nullptr;
    QComboBox *m_sampleChoice = nullptr;
    QLabel *m_origin = nullptr;
    TemplateTextEdit *m_text = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_errors = nullptr;
    QLineEdit *m_fieldFilter = nullptr;
    QTreeWidget *m_fields = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_previewMessage = nullptr;
    QLabel *m_folderHint = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_previewTimer = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace Passerelle::Ui
