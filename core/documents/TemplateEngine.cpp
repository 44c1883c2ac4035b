#include "TemplateEngine.h"

#include "DocumentLimits.h"
#include "FrenchText.h"
#include "io/SafeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {

struct Template::Node
{
    enum class Kind { Text, Field, Section, Inverted };
    Kind kind = Kind::Text;
    QString text; ///< Text: the HTML, typography applied
    QString name; ///< Field, Section, Inverted
    int line = 0;
    bool inText = true; ///< Field: in the text of the page (not inside a tag's attributes)
    QList<Node> children;
};

namespace {

// --- data -------------------------------------------------------------------------------

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool isValidName(const QString &name)
{
    static const QRegularExpression valid(u"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"_s);
    return valid.match(name).hasMatch();
}

/// A value as HTML: escaped (a name with < or & prints as written), with French typography
/// and line breaks in the text of the page; on one line inside an attribute.
QString escaped(const QString &text, bool inText)
{
    QString value = inText ? FrenchText::typography(text) : text;
    value.remove(u'\r');
    value = value.toHtmlEscaped();
    value.replace(u'\'', u"&#39;"_s);
    value.replace(u'\n', inText ? u"<br/>"_s : u" "_s);
    return value;
}

} // namespace

TemplateData &TemplateData::set(const QString &name, const QString &text)
{
    TemplateValue v;
    v.kind = TemplateValue::Kind::Text;
    v.text = text;
    m_values.insert(name, std::move(v));
    return *this;
}

TemplateData &TemplateData::set(const QString &name, qint64 number)
{
    return set(name, QString::number(number));
}

TemplateData &TemplateData::setFlag(const QString &name, bool on)
{
    TemplateValue v;
    v.kind = TemplateValue::Kind::Flag;
    v.flag = on;
    m_values.insert(name, std::move(v));
    return *this;
}

TemplateData &TemplateData::setList(const QString &name, QList<TemplateData> items)
{
    TemplateValue v;
    v.kind = TemplateValue::Kind::List;
    v.items = std::move(items);
    m_values.insert(name, std::move(v));
    return *this;
}

const TemplateValue *TemplateData::find(const QString &name) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.cend() ? nullptr : &it.value();
}

Vocabulary &Vocabulary::fields(const QStringList &names)
{
    for (const QString &name : names)
        field(name);
    return *this;
}

Vocabulary &Vocabulary::add(const QString &name, Kind kind, const Vocabulary &item)
{
    Entry entry;
    entry.kind = kind;
    if (kind == Kind::List)
        entry.item = std::make_shared<const Vocabulary>(item);
    m_entries.insert(name, entry);
    return *this;
}

const Vocabulary::Entry *Vocabulary::find(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.cend() ? nullptr : &it.value();
}

QList<std::pair<QString, Vocabulary::Entry>> Vocabulary::entries() const
{
    QList<std::pair<QString, Entry>> all;
    all.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        all.append({it.key(), it.value()});
    std::sort(all.begin(), all.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return all;
}

// --- compiling --------------------------------------------------------------------------

namespace {

struct Frame
{
    Template::Node node;          ///< the section being read (unused for the root)
    const Vocabulary *vocabulary; ///< the names its content may use first
};

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(Template)
};

Error templateError(const QString &fileName, int line, const QString &what)
{
    return Error::validation(Msg::tr("%1, line %2: %3").arg(fileName).arg(line).arg(what));
}

const Vocabulary::Entry *lookUp(const QList<Frame> &frames, const QString &name)
{
    for (qsizetype i = frames.size() - 1; i >= 0; --i) {
        if (const Vocabulary::Entry *entry = frames.at(i).vocabulary->find(name))
            return entry;
    }
    return nullptr;
}

QString unknownName(const QList<Frame> &frames, const QString &name)
{
    QString best;
    int bestDistance = std::max<int>(2, int(name.size()) / 4) + 1;
    for (const Frame &frame : frames) {
        const QStringList names = frame.vocabulary->names();
        for (const QString &candidate : names) {
            const int d = editDistance(name, candidate);
            // The closest name; between equally close ones, the first in order (stable).
            if (d < bestDistance || (d == bestDistance && !best.isEmpty() && candidate < best)) {
                best = candidate;
                bestDistance = d;
            }
        }
    }
    if (best.isEmpty())
        return Msg::tr("unknown field “%1”.").arg(name);
    return Msg::tr("unknown field “%1” (did you mean “%2”?).").arg(name, best);
}

} // namespace

Result<Template> Template::compile(const QString &source, const QString &fileName,
                                   const Vocabulary &vocabulary)
{
    return compile(source, fileName, vocabulary, nullptr);
}

Result<Template> Template::compile(const QString &source, const QString &fileName,
                                   const Vocabulary &vocabulary, TemplateError *where)
{
    // Every refusal goes through here: the message names the file and the line, and an editor
    // gets the line and the message apart.
    auto refuse = [&fileName, where](int line, const QString &what) {
        if (where)
            *where = TemplateError{line, what};
        return templateError(fileName, line, what);
    };
    QList<Frame> frames;
    frames.append({Node{}, &vocabulary});
    QList<int> openLines;
    FrenchText::HtmlTypographer typographer;
    int line = 1;
    qsizetype pos = 0;
    const qsizetype n = source.size();
    auto append = [&frames](Node node) { frames.last().node.children.append(std::move(node)); };

    while (pos < n) {
        const qsizetype open = source.indexOf(u"{{"_s, pos);
        const qsizetype textEnd = open < 0 ? n : open;
        if (textEnd > pos) {
            const QString text = source.mid(pos, textEnd - pos);
            Node node;
            node.kind = Node::Kind::Text;
            node.text = typographer.process(text);
            node.line = line;
            append(std::move(node));
            line += int(text.count(u'\n'));
        }
        if (open < 0)
            break;
        const qsizetype close = source.indexOf(u"}}"_s, open + 2);
        if (close < 0) {
            return refuse(line, Msg::tr("a “{{” is never closed by “}}”."));
        }
        const QString inner = source.mid(open + 2, close - open - 2);
        const int tagLine = line;
        line += int(inner.count(u'\n'));
        pos = close + 2;
        const QString tag = inner.trimmed();
        if (tag.startsWith(u'!'))
            continue;
        if (tag.isEmpty())
            return refuse(tagLine, Msg::tr("empty tag “{{}}”."));
        const QChar sigil = tag.at(0);
        const bool isSection = sigil == u'#' || sigil == u'^' || sigil == u'/';
        const QString name = isSection ? tag.mid(1).trimmed() : tag;
        if (!isValidName(name))
            return refuse(tagLine, unknownName(frames, name));

        if (sigil == u'/') {
            if (frames.size() == 1) {
                return refuse(tagLine,
                              Msg::tr("“{{/%1}}” closes no open section.").arg(name));
            }
            Frame frame = frames.takeLast();
            const int openedOn = openLines.takeLast();
            if (frame.node.name != name) {
                return refuse(tagLine,
                              Msg::tr("“{{/%1}}” closes the section “%2” opened on line "
                                             "%3.")
                                         .arg(name, frame.node.name)
                                         .arg(openedOn));
            }
            append(std::move(frame.node));
            continue;
        }
        const Vocabulary::Entry *entry = lookUp(frames, name);
        if (!entry)
            return refuse(tagLine, unknownName(frames, name));
        if (isSection) {
            // Each level is a recursion when the document is filled in and freed: a bound
            // keeps a template of 100 000 nested sections from overflowing the stack.
            if (frames.size() > DocumentLimits::SectionDepth) {
                return refuse(tagLine,
                              Msg::tr("the section “%1” is nested more than %2 levels "
                                             "deep inside other sections. Close each section "
                                             "with its “{{/…}}” before opening the next one, "
                                             "or simplify the template.")
                                         .arg(name)
                                         .arg(DocumentLimits::SectionDepth));
            }
            Node node;
            node.kind = sigil == u'#' ? Node::Kind::Section : Node::Kind::Inverted;
            node.name = name;
            node.line = tagLine;
            // Inside a list, its items' names come first.
            const Vocabulary *names = entry->kind == Vocabulary::Kind::List
                                              && node.kind == Node::Kind::Section
                                          ? entry->item.get()
                                          : frames.last().vocabulary;
            frames.append({std::move(node), names});
            openLines.append(tagLine);
            continue;
        }
        if (entry->kind != Vocabulary::Kind::Field) {
            return refuse(tagLine,
                          Msg::tr("“%1” is a list or a condition: write "
                                         "{{#%1}}…{{/%1}}.")
                                     .arg(name));
        }
        Node node;
        node.kind = Node::Kind::Field;
        node.name = name;
        node.line = tagLine;
        node.inText = typographer.inText();
        append(std::move(node));
    }
    if (frames.size() > 1) {
        return refuse(openLines.last(),
                      Msg::tr("the section “%1” is never closed (“{{/%1}}” is missing).")
                          .arg(frames.last().node.name));
    }
    Template t;
    t.m_fileName = fileName;
    t.m_origin = fileName;
    t.m_nodes = std::make_shared<const QList<Node>>(std::move(frames.first().node.children));
    return t;
}

Result<Template> Template::load(const QString &fileName, const QString &folder,
                                const Vocabulary &vocabulary)
{
    QString path = u":/passerelle/templates/"_s + fileName;
    QByteArray bytes;
    if (!folder.isEmpty()) {
        if (!QFileInfo(folder).isDir()) {
            return Error::io(tr("The templates folder “%1” does not exist. Correct it in the "
                                "settings, or empty the setting to use the templates shipped "
                                "with Passerelle.")
                                 .arg(QDir::toNativeSeparators(folder)));
        }
        const QString own = QDir(folder).filePath(fileName);
        const QFileInfo info(own); // stat() only: a pipe or a device is never opened here
        if (info.exists() || info.isSymLink()) {
            // Only a regular file under the size cap: a FIFO would block forever, a link to
            // /dev/zero would fill the memory.
            auto read = SafeFiles::readRegularFile(own, DocumentLimits::TemplateBytes);
            if (!read) {
                Error error = read.error();
                error.message = tr("The template “%1” of the templates folder cannot be used. %2")
                                    .arg(fileName, error.message);
                return error;
            }
            path = own;
            bytes = std::move(read).value();
        }
    }
    if (path.startsWith(u":/"_s)) {
        // Shipped with Passerelle: compiled into the program, not a file of the disk.
        QFile shipped(path);
        if (!shipped.open(QIODevice::ReadOnly)) {
            return Error::io(tr("The template “%1” shipped with Passerelle cannot be read.")
                                 .arg(fileName));
        }
        bytes = shipped.readAll();
    }
    PASSERELLE_TRY(compiled, compile(QString::fromUtf8(bytes), fileName, vocabulary));
    compiled.m_origin = path;
    return compiled;
}

// --- rendering --------------------------------------------------------------------------

namespace {

using Node = Template::Node;

const TemplateValue *valueOf(const QList<const TemplateData *> &stack, const QString &name)
{
    for (qsizetype i = stack.size() - 1; i >= 0; --i) {
        if (const TemplateValue *v = stack.at(i)->find(name))
            return v;
    }
    return nullptr;
}

bool isTrue(const TemplateValue &v)
{
    switch (v.kind) {
    case TemplateValue::Kind::Text:
        return !v.text.trimmed().isEmpty();
    case TemplateValue::Kind::Flag:
        return v.flag;
    case TemplateValue::Kind::List:
        return !v.items.isEmpty();
    }
    return false;
}

/// What filling in may still do: a list repeated inside itself multiplies the work (and the
/// HTML) with each level, so both are bounded.
struct Budget
{
    qint64 steps = DocumentLimits::RenderSteps;
    TemplateError failure; ///< the line and message of the error returned, if any
};

Error renderError(Budget &budget, const QString &fileName, int line, const QString &what)
{
    budget.failure = TemplateError{line, what};
    return templateError(fileName, line, what);
}

Error tooLong(Budget &budget, const QString &fileName, int line)
{
    return renderError(budget, fileName, line,
                       Msg::tr("the document filled in from the template is far too long "
                               "(more than %1 MB of HTML, or lists repeated inside one "
                               "another too many times). Check the lists of the template "
                               "around this line, then print again.")
                           .arg(DocumentLimits::HtmlChars / (1024 * 1024)));
}

Status renderNodes(const QList<Node> &nodes, QList<const TemplateData *> &stack,
                   const QString &fileName, QString &out, Budget &budget)
{
    for (const Node &node : nodes) {
        if (--budget.steps < 0 || out.size() > DocumentLimits::HtmlChars)
            return tooLong(budget, fileName, node.line);
        if (node.kind == Node::Kind::Text) {
            out += node.text;
            continue;
        }
        const TemplateValue *v = valueOf(stack, node.name);
        if (!v) {
            return renderError(budget, fileName, node.line,
                               Msg::tr("the field “%1” has no value in the data.")
                                   .arg(node.name));
        }
        switch (node.kind) {
        case Node::Kind::Field:
            if (v->kind != TemplateValue::Kind::Text) {
                return renderError(budget, fileName, node.line,
                                   Msg::tr("the field “%1” has no value in the data.")
                                       .arg(node.name));
            }
            out += escaped(v->text, node.inText);
            break;
        case Node::Kind::Section:
            if (v->kind == TemplateValue::Kind::List) {
                for (const TemplateData &item : v->items) {
                    stack.append(&item);
                    const Status done = renderNodes(node.children, stack, fileName, out,
                                                    budget);
                    stack.removeLast();
                    PASSERELLE_CHECK(done);
                }
            } else if (isTrue(*v)) {
                PASSERELLE_CHECK(renderNodes(node.children, stack, fileName, out, budget));
            }
            break;
        case Node::Kind::Inverted:
            if (!isTrue(*v))
                PASSERELLE_CHECK(renderNodes(node.children, stack, fileName, out, budget));
            break;
        case Node::Kind::Text:
            break;
        }
    }
    return {};
}

} // namespace

Result<QString> Template::render(const TemplateData &data) const
{
    return render(data, nullptr);
}

Result<QString> Template::render(const TemplateData &data, TemplateError *where) const
{
    QString out;
    out.reserve(32 * 1024);
    QList<const TemplateData *> stack{&data};
    Budget budget;
    Status done = m_nodes ? renderNodes(*m_nodes, stack, m_fileName, out, budget) : Status();
    // The last text may have passed the bound.
    if (done && out.size() > DocumentLimits::HtmlChars) {
        done = tooLong(budget, m_fileName,
                       m_nodes && !m_nodes->isEmpty() ? m_nodes->last().line : 1);
    }
    if (!done) {
        if (where)
            *where = budget.failure;
        return done.error();
    }
    return out;
}

} // namespace Passerelle
