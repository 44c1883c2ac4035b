#pragma once

// Answering the message boxes that the code under test opens: the box runs its own event
// loop (exec()), so the answer is queued before the call that opens it.

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Passerelle::Testing {

/// Answers the next message box with `button` (NoButton: accepts it, as Return would). Sets
/// `asked` when one came, and keeps its object name and texts in `said`.
inline void answerNextMessageBox(QMessageBox::StandardButton button = QMessageBox::NoButton,
                                 bool *asked = nullptr, QString *said = nullptr)
{
    QTimer::singleShot(0, [button, asked, said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (asked)
            *asked = true;
        if (said)
            *said = box->objectName() + u' ' + box->text() + u' ' + box->informativeText();
        if (button == QMessageBox::NoButton)
            box->accept();
        else
            box->button(button)->click();
    });
}

} // namespace Passerelle::Testing
