#pragma once

#include "src/accounts/Mode.h"
#include "ui/widgets/Tones.h"

#include <QWidget>

class QLabel;

// Says, on every screen, which money the window moves: the built-in sandbox, Stripe's test
// mode, or live mode — which is red and unmistakable.
class ModeBanner : public QWidget
{
    Q_OBJECT

public:
    using Mode = accounts::Mode;

    explicit ModeBanner(QWidget *parent = nullptr);

    void setMode(Mode mode, const QString &accountName);
    Mode mode() const { return m_mode; }
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ToneColors colours() const;
    void updateColours();

    Mode m_mode = Mode::Sandbox;
    QLabel *m_label;
};
