#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "forms/RecordList.h"

namespace Passerelle::Ui {

/// Diagnostic: the social diagnostics of the household (entry, interim, exit), the form of the
/// chosen one with its level and observation per domain, and the change per domain from the
/// entry diagnostic to the latest one.
class DiagnosticTab : public HouseholdTab
{
    Q_OBJECT

public:
    DiagnosticTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                  QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    Id currentDiagnosticId() const { return m_diagnosticList.currentId(); }
    void showDiagnostic(Id id);
    void showRecord(Id id) override { showDiagnostic(id); }
    /// Shows the observation of this domain.
    void showDomain(const QString &domain);

    /// The value a level choice keeps for "not filled in" (no assessment at all).
    static constexpr int NotFilledIn = -2;

private:
    // Each part adds its fields to `order`, the keyboard order of the tab.
    QLayout *buildDiagnostics(QList<QWidget *> &order);
    /// The form of the diagnostic chosen, in `list`; returns its date.
    DateEdit *buildForm(const TabForms::ListSection &list, QList<QWidget *> &order);
    QWidget *buildDomains(QList<QWidget *> &order);
    QWidget *buildComparison(QList<QWidget *> &order);
    void fillForm();
    void fillDomains();
    void fillObservation();
    void fillComparison();
    void ensureDomainRows(const QStringList &codes);
    QStringList domainCodes() const;
    void setLevel(const QString &domain, int level);

    Forms::RecordList<HouseholdFile, Diagnostic> m_diagnosticList;
    QString m_domain; ///< the domain whose observation is shown
    QStringList m_rowCodes;

    RecordCombo *m_action = nullptr;

    QWidget *m_domainsBox = nullptr;
    QTableWidget *m_domains = nullptr;
    QLabel *m_observationTitle = nullptr;
    FreeTextEdit *m_observation = nullptr;

    QLabel *m_comparisonHeading = nullptr;
    QTableWidget *m_comparison = nullptr;
    QLabel *m_comparisonSummary = nullptr;
    QLabel *m_noComparison = nullptr;
};

} // namespace Passerelle::Ui
