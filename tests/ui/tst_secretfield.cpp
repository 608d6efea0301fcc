#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "tests/support/ScriptedKeychainBackend.h"
#include "tests/support/TestMain.h"
#include "ui/accounts/ConnectDialog.h"
#include "ui/widgets/SecretField.h"

#include <QApplication>
#include <QClipboard>
#include <QDrag>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

// The key field never offers the key to another program: not to the clipboard, not to the X
// primary selection (which any program reads, without asking, the moment text is selected), not
// by drag and drop, not through a context menu; masked or shown.
//
// Offscreen (the usual test run) has no primary selection: there the test asserts the mechanism,
// that a shown key never keeps a selection Qt could offer. The same test runs under Xvfb on the
// xcb platform (tst_secretfield_x11), where the primary selection is real and is read back.
class TestSecretField : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectingNeverOffersTheKey_data();
    void selectingNeverOffersTheKey();
    void copyAndCutKeysNeverCopy_data();
    void copyAndCutKeysNeverCopy();
    void killKeysDeleteWithoutCopying();
    void noContextMenuAndNoDrag();
    void shownKeyKeepsTheSensitiveInputHints();
    void connectDialogShowSelectCancel();

private:
    void checkNothingOffered(const char *step);
    QPoint textPoint(double fraction) const;

    const QString m_key = QStringLiteral("sk_test_SelectionCanary0123456789abcdefXYZ");
    const QString m_before = QStringLiteral("what the user copied before");
    bool m_hasSelection = false;
    std::unique_ptr<QWidget> m_window;
    SecretField *m_field = nullptr;
};

void TestSecretField::initTestCase()
{
    m_hasSelection = QApplication::clipboard()->supportsSelection();
    qInfo("%s: the X primary selection is %s", qPrintable(QApplication::platformName()),
          m_hasSelection ? "checked for real" : "not supported here: checking that no selection is kept");
    if (qEnvironmentVariableIsSet("PAYDESK_REQUIRE_SELECTION"))
        QVERIFY2(m_hasSelection, "this run is meant to check the real primary selection");
}

void TestSecretField::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_field = new SecretField;
    layout->addWidget(m_field);
    m_window->resize(600, 80);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_field->setFocus();
    m_field->setText(m_key);
    QApplication::clipboard()->setText(m_before, QClipboard::Clipboard);
    if (m_hasSelection)
        QApplication::clipboard()->setText(m_before, QClipboard::Selection);
}

void TestSecretField::cleanup()
{
    m_window.reset();
}

QPoint TestSecretField::textPoint(double fraction) const
{
    const int width = m_field->fontMetrics().horizontalAdvance(m_field->displayText());
    return QPoint(6 + int(width * fraction), m_field->height() / 2);
}

void TestSecretField::checkNothingOffered(const char *step)
{
    QCoreApplication::processEvents();
    QVERIFY2(QApplication::clipboard()->text(QClipboard::Clipboard) == m_before, step);
    if (m_hasSelection)
        QVERIFY2(!QApplication::clipboard()->text(QClipboard::Selection).contains(QLatin1String("Canary")),
                 step);
    if (m_field->isRevealed())
        QVERIFY2(!m_field->hasSelectedText(), step); // nothing Qt could offer later either
    QCOMPARE(m_field->text(), m_key);
}

void TestSecretField::selectingNeverOffersTheKey_data()
{
    QTest::addColumn<bool>("revealed");
    QTest::newRow("shown") << true;
    QTest::newRow("masked") << false;
}

void TestSecretField::selectingNeverOffersTheKey()
{
    QFETCH(bool, revealed);
    m_field->setRevealed(revealed);

    // Drag across the text with the mouse: Qt offers the selection on release.
    QTest::mousePress(m_field, Qt::LeftButton, {}, textPoint(0.0));
    QMouseEvent move(QEvent::MouseMove, textPoint(1.0), m_field->mapToGlobal(textPoint(1.0)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_field, &move);
    QTest::mouseRelease(m_field, Qt::LeftButton, {}, textPoint(1.0));
    checkNothingOffered("mouse drag");

    QTest::mouseDClick(m_field, Qt::LeftButton, {}, textPoint(0.5));
    checkNothingOffered("double click");

    QTest::keySequence(m_field, QKeySequence::SelectAll);
    checkNothingOffered("Ctrl+A");
    QTest::keyClick(m_field, Qt::Key_Home);
    QTest::keyClick(m_field, Qt::Key_End, Qt::ShiftModifier);
    checkNothingOffered("Shift+End");

    // What any code holding a QLineEdit * can do.
    m_field->selectAll();
    static_cast<QLineEdit *>(m_field)->copy();
    checkNothingOffered("selectAll() and copy()");
    m_field->setSelection(0, 8);
    static_cast<QLineEdit *>(m_field)->cut();
    if (revealed) // masked, cut() may delete what it cannot copy; shown, there is nothing to cut
        checkNothingOffered("setSelection() and cut()");
}

void TestSecretField::copyAndCutKeysNeverCopy_data()
{
    QTest::addColumn<bool>("revealed");
    QTest::addColumn<QKeySequence>("keys");
    for (const bool revealed : {true, false}) {
        const char *mode = revealed ? "shown" : "masked";
        QTest::addRow("%s, Copy", mode) << revealed << QKeySequence(QKeySequence::Copy);
        QTest::addRow("%s, Cut", mode) << revealed << QKeySequence(QKeySequence::Cut);
        // Every binding of the platform (Ctrl+Insert and Shift+Delete too on X11 and Windows).
        const QList<QKeySequence> bindings
            = QKeySequence::keyBindings(QKeySequence::Copy) + QKeySequence::keyBindings(QKeySequence::Cut);
        for (const QKeySequence &binding : bindings)
            QTest::addRow("%s, %s", mode, qPrintable(binding.toString())) << revealed << binding;
    }
}

void TestSecretField::copyAndCutKeysNeverCopy()
{
    QFETCH(bool, revealed);
    QFETCH(QKeySequence, keys);
    m_field->setRevealed(revealed);
    m_field->selectAll();
    QTest::keySequence(m_field, keys);
    checkNothingOffered(qPrintable(keys.toString()));
}

void TestSecretField::killKeysDeleteWithoutCopying()
{
    const QList<QKeySequence> toEnd = QKeySequence::keyBindings(QKeySequence::DeleteEndOfLine);
    const QList<QKeySequence> whole = QKeySequence::keyBindings(QKeySequence::DeleteCompleteLine);
    if (toEnd.isEmpty() && whole.isEmpty())
        QSKIP("this platform binds no kill keys (X11 and macOS do)");
    m_field->setRevealed(true);
    if (!toEnd.isEmpty()) {
        m_field->setCursorPosition(8);
        QTest::keySequence(m_field, toEnd.first());
        QCOMPARE(m_field->text(), m_key.left(8)); // deleted to the end
        QCOMPARE(QApplication::clipboard()->text(), m_before); // and not copied
    }
    if (!whole.isEmpty()) {
        m_field->setText(m_key);
        QTest::keySequence(m_field, whole.first());
        QVERIFY(m_field->text().isEmpty());
        QCOMPARE(QApplication::clipboard()->text(), m_before);
    }
}

void TestSecretField::noContextMenuAndNoDrag()
{
    for (const bool revealed : {true, false}) {
        m_field->setRevealed(revealed);
        QContextMenuEvent menu(QContextMenuEvent::Mouse, textPoint(0.5),
                               m_field->mapToGlobal(textPoint(0.5)));
        QApplication::sendEvent(m_field, &menu);
        QCoreApplication::processEvents();
        QVERIFY(!QApplication::activePopupWidget());
        QVERIFY(m_field->findChildren<QMenu *>().isEmpty());
    }
    // Masked, a selection exists; pressing inside it and moving starts no drag. (If one started,
    // the release below ends its event loop.)
    m_field->setRevealed(false);
    m_field->selectAll();
    QTimer::singleShot(500, m_field,
                       [this] { QTest::mouseRelease(m_field, Qt::LeftButton, {}, textPoint(0.9)); });
    QTest::mousePress(m_field, Qt::LeftButton, {}, textPoint(0.3));
    QMouseEvent move(QEvent::MouseMove, textPoint(0.9) + QPoint(0, 40), m_field->mapToGlobal(textPoint(0.9)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_field, &move);
    QTest::qWait(600); // nothing must happen: no drag starts, even after the drag delay
    QVERIFY(m_field->findChildren<QDrag *>().isEmpty());
    checkNothingOffered("drag");
}

void TestSecretField::shownKeyKeepsTheSensitiveInputHints()
{
    m_field->setRevealed(true);
    QVERIFY(m_field->inputMethodHints().testFlag(Qt::ImhSensitiveData));
    QVERIFY(m_field->inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
    m_field->setRevealed(false);
    QVERIFY(m_field->inputMethodHints().testFlag(Qt::ImhHiddenText));
    QVERIFY(m_field->inputMethodHints().testFlag(Qt::ImhSensitiveData));
}

void TestSecretField::connectDialogShowSelectCancel()
{
    // As reported: paste the key, Show, select it with the mouse, Cancel.
    accounts::KeyVault vault(
        std::make_unique<ScriptedKeychainBackend>(std::make_shared<ScriptedKeychainBackend::State>()));
    accounts::AccountStore store;
    ConnectDialog dialog(&vault, &store, QUrl("http://127.0.0.1:9"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SecretField *field = dialog.keyField();
    field->setFocus();
    QApplication::clipboard()->setText(m_key);
    QTest::keySequence(field, QKeySequence::Paste);
    QCOMPARE(field->text(), m_key);
    QApplication::clipboard()->setText(m_before);
    dialog.showKeyButton()->click();
    QVERIFY(field->isRevealed());
    QTest::mouseDClick(field, Qt::LeftButton, {}, QPoint(20, field->height() / 2));
    QTest::keySequence(field, QKeySequence::SelectAll);
    dialog.reject();
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::clipboard()->text(), m_before);
    if (m_hasSelection)
        QVERIFY(!QApplication::clipboard()->text(QClipboard::Selection).contains(QLatin1String("Canary")));
    QVERIFY(!field->hasSelectedText());
}

PAYDESK_TEST_MAIN(TestSecretField)
#include "tst_secretfield.moc"
