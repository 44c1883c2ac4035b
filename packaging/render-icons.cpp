// Renders the application's icon, drawn once in SVG, as the PNG sizes of the hicolor icon
// theme, and (for Windows) as an ICO. Run at build time (packaging/CMakeLists.txt):
//   passerelle-render-icons ICON.svg OUTPUT_DIR ICON_NAME [ICON.ico]
// writes OUTPUT_DIR/NxN/apps/ICON_NAME.png for each size. Needs Qt's SVG image plugin.

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <cstdio>

namespace {

QImage render(const QString &svg, int size)
{
    QImageReader reader(svg, "svg");
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull())
        std::fprintf(stderr, "Cannot render %s at %d px: %s\n", qPrintable(svg), size,
                     qPrintable(reader.errorString()));
    return image;
}

} // namespace

int main(int argc, char **argv)
{
    // No display is needed to draw the icon.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "Usage: %s ICON.svg OUTPUT_DIR ICON_NAME [ICON.ico]\n",
                     argc > 0 ? argv[0] : "passerelle-render-icons");
        return 1;
    }
    const QString svg = arguments.at(1);
    const QDir output(arguments.at(2));
    const QString name = arguments.at(3);
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QImage image = render(svg, size);
        if (image.isNull())
            return 2;
        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        if (!output.mkpath(folder))
            return 2;
        const QString path = output.filePath(folder + u'/' + name + QStringLiteral(".png"));
        if (!image.save(path, "PNG")) {
            std::fprintf(stderr, "Cannot write %s\n", qPrintable(path));
            return 2;
        }
    }
    if (arguments.size() > 4) {
        QImageWriter ico(arguments.at(4), "ico");
        const QImage image = render(svg, 256);
        if (image.isNull() || !ico.write(image)) {
            std::fprintf(stderr, "Cannot write %s: %s\n", qPrintable(arguments.at(4)),
                         qPrintable(ico.errorString()));
            return 2;
        }
    }
    return 0;
}
