#pragma once

#include "widgets/WidgetsFwd.h"

#include "RecordEditor.h"
#include "storage/DirectoryRepositories.h"
#include "domain/Partner.h"

namespace Passerelle::Ui {

/// The partners (associations, institutions): the list, the form of one partner, its
/// contacts and its agreements (conventions), each listed, the one chosen edited in the form
/// under its list.
class PartnerEditor : public RepositoryEditorOf<Partner, PartnerRepository>
{
    Q_OBJECT

public:
    explicit PartnerEditor(AppContext &context, QWidget *parent = nullptr);

    const Partner &partner() const { return m_partner; }
    ChildTable *contacts() const { return m_contacts; }
    ChildTable *agreements() const { return m_agreements; }

protected:
    QStringList listHeaders() const override;
    Result<QList<ListRow>> listRows() const override;
    void showRecord() override;
    QString heading() const override;
    void lookupsChanged() override;

private:
    /// `order` gets the fields of the identity in the order of the Tab key.
    QWidget *buildIdentity(QList<QWidget *> &order);
    QWidget *buildFields();
    void buildContacts();
    void buildAgreements();
    void buildChoices();

    Partner m_partner;
    std::shared_ptr<Forms::Binder<Partner>> m_form;
    std::shared_ptr<Forms::Binder<Partner>> m_choices; ///< kind and fields, made again with their lists
    QWidget *m_kindHolder = nullptr;
    CodeCombo *m_kind = nullptr;
    QWidget *m_fieldsHolder = nullptr;
    CodeChecklist *m_fields = nullptr;
    ChildTable *m_contacts = nullptr;
    ChildTable *m_agreements = nullptr;
};

} // namespace Passerelle::Ui
