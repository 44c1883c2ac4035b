#pragma once

#include <QtGlobal>

namespace Passerelle {

/// The bounds that keep a document template — chosen by users, in a folder they pick — from
/// crashing or hanging Passerelle. Each is far above what a real contract, letter or agenda
/// needs (a contract is about 60 KB of HTML and 4 pages); each refusal is an error that says
/// which bound was passed and what to do.
namespace DocumentLimits {

/// A template file (larger files are refused before reading).
constexpr qint64 TemplateBytes = 1024 * 1024;
/// Sections ({{#…}}, {{^…}}) inside one another.
constexpr int SectionDepth = 64;
/// Template nodes filled in: a list repeated inside itself multiplies the work.
constexpr qint64 RenderSteps = 2'000'000;
/// The filled-in HTML, in characters.
constexpr qsizetype HtmlChars = 2 * 1024 * 1024;
/// HTML elements inside one another (Qt's HTML reader slows down with depth squared).
constexpr int ElementDepth = 100;
/// Tables inside one another (Qt's layout doubles its work with each level).
constexpr int TableDepth = 8;
/// Items of one list (Qt's HTML reader slows down with their number squared).
constexpr int ListItems = 1'000;
/// Paragraphs and table cells of the document (layout time grows with them).
constexpr int Blocks = 10'000;
/// A length written in the template (a width, a padding, a margin…), in pixels: Qt's layout
/// counts in fixed point and loops for ever on lengths of a hundred thousand pixels.
constexpr int Length = 10'000;
/// A font size, in pixels: Qt prepares each size of a font anew, and huge sizes take long.
constexpr int FontPixels = 400;
/// An image or style sheet the template names (its file).
constexpr qint64 ResourceBytes = 4 * 1024 * 1024;
/// All the images and style sheets of one document together.
constexpr qint64 ResourcesTotalBytes = 16 * 1024 * 1024;
/// An image's width or height, and its number of pixels.
constexpr int ImageSide = 10'000;
constexpr qint64 ImagePixels = 25'000'000;
/// Pages of a printed document.
constexpr int Pages = 300;
/// Time to lay out and paint a document, in milliseconds.
constexpr qint64 LayoutMilliseconds = 15'000;
/// Past its deadline, how long a layout stuck inside Qt is waited for before it is given up
/// (Documents::makePdf()).
constexpr qint64 StuckLayoutGraceMilliseconds = 5'000;

} // namespace DocumentLimits
} // namespace Passerelle
