#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;

namespace relink {

// Demo mode's sample links, under the demo banner: one button per link of the built-in
// simulator (its bank and what it shows), one click fills the link id (which is then checked by
// itself), and a line says what to type for it.
class SampleLinks : public QWidget
{
    Q_OBJECT
public:
    struct Sample
    {
        QString linkId;
        QString title;    // the button: the bank and what it shows
        QString password; // the demo password it accepts
        QString then;     // what happens after Update
    };
    // The simulator's demo links, in the README's order.
    static QList<Sample> samples();

    explicit SampleLinks(QWidget *parent = nullptr);
    // Built into `layout` at index 1 (under the demo banner), its window told of the new
    // widgets (accessibility).
    static SampleLinks *addTo(QBoxLayout *layout);

signals:
    void chosen(const QString &linkId);

private:
    QLabel *m_hint;
};

} // namespace relink
