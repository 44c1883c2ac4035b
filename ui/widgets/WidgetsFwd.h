#pragma once

// The widgets the headers of ui/ name, declared once (as <QtCore/qcontainerfwd.h> does for
// the containers), so that a header says which parts it holds, not again how to declare them.

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QStackedLayout;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QTimeEdit;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeView;
class QTreeWidget;
class QUndoStack;
class QVBoxLayout;
class QWidget;

namespace Passerelle::Ui {
class AppContext;
class CodeChecklist;
class CodeCombo;
class DateEdit;
class FieldMessage;
class FreeTextEdit;
class MoneyEdit;
class RecordCombo;
} // namespace Passerelle::Ui
