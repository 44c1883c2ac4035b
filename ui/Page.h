#pragma once

#include <QIcon>
#include <QWidget>

namespace Passerelle::Ui {

class AppContext;

/// A screen of the main window's navigation (Tableau de bord, Ménages…).
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(AppContext &context, QWidget *parent = nullptr)
        : QWidget(parent), m_context(context)
    {
    }

    /// The name in the navigation, translated.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    /// Reloads what the page shows (called when it is shown and after saves elsewhere).
    virtual void refresh() {}
    /// Puts the keyboard focus on the page's search field, if it has one (Ctrl+F).
    virtual bool focusSearch() { return false; }

protected:
    AppContext &context() const { return m_context; }

private:
    AppContext &m_context;
};

} // namespace Passerelle::Ui
