#include "TemplateFields.h"

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

TemplateFields::Kind kindOf(Vocabulary::Kind kind)
{
    switch (kind) {
    case Vocabulary::Kind::Field:
        return TemplateFields::Kind::Field;
    case Vocabulary::Kind::Flag:
        return TemplateFields::Kind::Flag;
    case Vocabulary::Kind::List:
        return TemplateFields::Kind::List;
    }
    return TemplateFields::Kind::Field;
}

QString usageOf(const QString &name, TemplateFields::Kind kind)
{
    if (kind == TemplateFields::Kind::Field)
        return u"{{"_s + name + u"}}"_s;
    return u"{{#"_s + name + u"}}…{{/"_s + name + u"}}"_s;
}

void addRows(const Vocabulary &vocabulary, const QStringList &listPath,
             QList<TemplateFields::Row> &rows)
{
    // Bounded by the vocabularies the documents declare (two levels of lists at most).
    const QList<std::pair<QString, Vocabulary::Entry>> entries = vocabulary.entries();
    for (const auto &[name, entry] : entries) {
        TemplateFields::Row row;
        row.name = name;
        row.kind = kindOf(entry.kind);
        row.listPath = listPath;
        row.parentList = listPath.isEmpty() ? QString() : listPath.last();
        row.usage = usageOf(name, row.kind);
        rows.append(row);
        if (entry.kind == Vocabulary::Kind::List && entry.item)
            addRows(*entry.item, listPath + QStringList{name}, rows);
    }
}

} // namespace

QList<TemplateFields::Row> TemplateFields::rows(const Vocabulary &vocabulary)
{
    QList<Row> rows;
    addRows(vocabulary, {}, rows);
    return rows;
}

QString TemplateFields::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Field:
        return tr("Field");
    case Kind::Flag:
        return tr("Condition");
    case Kind::List:
        return tr("List");
    }
    return {};
}

QString TemplateFields::sampleValue(const TemplateData &data, const QString &name)
{
    const TemplateValue *value = data.find(name);
    if (!value)
        return {};
    switch (value->kind) {
    case TemplateValue::Kind::Text:
        return value->text;
    case TemplateValue::Kind::Flag:
        return value->flag ? tr("yes") : tr("no");
    case TemplateValue::Kind::List:
        return tr("%n item(s)", nullptr, int(value->items.size()));
    }
    return {};
}

QString TemplateFields::sampleValue(const TemplateData &data, const Row &row)
{
    const TemplateData *item = &data;
    for (const QString &list : row.listPath) {
        const TemplateValue *value = item->find(list);
        if (!value || value->kind != TemplateValue::Kind::List || value->items.isEmpty())
            return {};
        item = &value->items.first();
    }
    return sampleValue(*item, row.name);
}

std::optional<TemplateError> TemplateFields::compileError(const QString &source,
                                                          const QString &fileName,
                                                          const Vocabulary &vocabulary)
{
    TemplateError error;
    if (Template::compile(source, fileName, vocabulary, &error))
        return std::nullopt;
    return error;
}

} // namespace Passerelle
