#include "ui/widgets/CustomerPicker.h"

#include "src/objects/Json.h"
#include "src/objects/Kind.h"
#include "src/queries/CustomerLookup.h"
#include "src/records/Format.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHash>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTimer>

namespace {

constexpr int CustomerRole = Qt::UserRole + 1;

} // namespace

CustomerPicker::CustomerPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_lookup(new queries::CustomerLookup(this))
    , m_pause(new QTimer(this))
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    setPlaceholderText(tr("Name, email or ID (cus_…)"));
    setAccessibleName(tr("Customer"));
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    // The suggestions are Stripe's answer, shown as they are: the completer only shows the list
    // and handles the arrows, Enter and Esc; it never filters or fills in the text itself.
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_completer->popup()->setObjectName(QStringLiteral("customerSuggestions"));
    m_completer->popup()->setAccessibleName(tr("Customers matching the text"));
    m_pause->setSingleShot(true);
    m_pause->setInterval(300);
    connect(m_pause, &QTimer::timeout, this, &CustomerPicker::lookUpNow);
    connect(this, &QLineEdit::textEdited, this, &CustomerPicker::onEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QJsonObject customer = index.data(CustomerRole).toJsonObject();
                if (!customer.isEmpty())
                    choose(customer);
            });
    connect(m_lookup, &queries::CustomerLookup::finished, this, &CustomerPicker::onFound);
    connect(m_lookup, &queries::CustomerLookup::failed, this,
            [this](const QString &, const stripe::Error &error) {
                m_chooseOnlyMatch = false;
                m_suggestions->clear();
                showMessage(tr("Could not look up customers: %1").arg(stripe::describe(error)));
            });
}

CustomerPicker::~CustomerPicker() = default;

void CustomerPicker::setClient(stripe::Client *client)
{
    m_lookup->setClient(client);
    if (!m_pendingId.isEmpty())
        setCustomerId(m_pendingId);
}

QString CustomerPicker::customerId() const
{
    return m_customer.isEmpty() ? m_pendingId : objects::json::string(m_customer, u"id");
}

QAbstractItemView *CustomerPicker::popup() const
{
    return m_completer->popup();
}

int CustomerPicker::suggestionRow(const QString &customerId) const
{
    for (int row = 0; row < m_suggestions->rowCount(); ++row)
        if (objects::json::string(m_suggestions->item(row)->data(CustomerRole).toJsonObject(), u"id")
            == customerId)
            return row;
    return -1;
}

QStringList CustomerPicker::suggestions() const
{
    QStringList texts;
    for (int row = 0; row < m_suggestions->rowCount(); ++row)
        texts << m_suggestions->item(row)->text();
    return texts;
}

bool CustomerPicker::isLooking() const
{
    return m_pause->isActive() || m_lookup->isBusy();
}

QString CustomerPicker::label(const QJsonObject &customer)
{
    const QString name = objects::json::string(customer, u"name");
    const QString email = objects::json::string(customer, u"email");
    if (name.isEmpty() && email.isEmpty())
        return tr("Customer with no name or email (%1)").arg(objects::json::string(customer, u"id"));
    return records::format::choiceLabel(customer);
}

void CustomerPicker::setCustomer(const QJsonObject &customer)
{
    m_pause->stop();
    m_lookup->cancel();
    m_pendingId.clear();
    if (customer.isEmpty()) {
        clearCustomer();
        return;
    }
    // Only an id (an invoice's customer, not expanded): its name is fetched.
    if (!customer.contains(QLatin1String("name")) && !customer.contains(QLatin1String("email"))
        && !customer.contains(QLatin1String("object"))) {
        setCustomerId(objects::json::string(customer, u"id"));
        return;
    }
    m_customer = customer;
    setText(label(customer));
    setCursorPosition(0);
    setToolTip(objects::json::string(customer, u"id"));
}

void CustomerPicker::setCustomerId(const QString &input)
{
    const QString id = input.trimmed();
    if (id.isEmpty()) {
        clearCustomer();
        return;
    }
    m_pause->stop();
    m_customer = {};
    m_pendingId = id;
    setText(id);
    setToolTip(QString());
    // Only what has a customer's id's shape is asked for; the tab says what else is wrong.
    if (objects::kindOfId(id) == objects::Kind::Customer) {
        m_chooseOnlyMatch = true;
        m_lookup->lookup(id);
    }
}

void CustomerPicker::clearCustomer()
{
    const bool had = !customerId().isEmpty();
    m_pause->stop();
    m_lookup->cancel();
    m_customer = {};
    m_pendingId.clear();
    m_suggestions->clear();
    m_message.clear();
    clear();
    setToolTip(QString());
    if (had)
        emit customerChanged({});
}

void CustomerPicker::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    // With the suggestions open, Enter is the completer's: it chooses the highlighted one once
    // the field lets the key go (and it goes no further, to no dialog button).
    if (enter && popup()->isVisible()) {
        event->ignore();
        return;
    }
    // Enter chooses (the one match, or asks at once); in a dialog it must not also press the
    // dialog's default button. With a customer chosen, Enter is the dialog's again.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_customer.isEmpty()
        && !text().trimmed().isEmpty()) {
        onEnter();
        event->accept();
        return;
    }
    // Down opens the suggestions again after Esc closed them.
    if (event->key() == Qt::Key_Down && !popup()->isVisible() && m_suggestions->rowCount() > 0) {
        showSuggestions();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CustomerPicker::onEnter()
{
    QList<QJsonObject> found;
    for (int row = 0; row < m_suggestions->rowCount(); ++row)
        if (const QJsonObject c = m_suggestions->item(row)->data(CustomerRole).toJsonObject(); !c.isEmpty())
            found << c;
    if (found.size() == 1 && !m_pause->isActive() && !m_lookup->isBusy()) {
        choose(found.first());
        return;
    }
    m_chooseOnlyMatch = true;
    lookUpNow();
}

void CustomerPicker::onEdited(const QString &text)
{
    const bool had = !customerId().isEmpty();
    m_customer = {};
    m_pendingId.clear();
    m_chooseOnlyMatch = false;
    setToolTip(QString());
    m_lookup->cancel();
    if (had)
        emit customerChanged({});
    if (text.trimmed().isEmpty()) {
        m_pause->stop();
        m_suggestions->clear();
        m_message.clear();
        popup()->hide();
        return;
    }
    m_pause->start();
}

void CustomerPicker::lookUpNow()
{
    m_pause->stop();
    m_lookup->lookup(text());
}

void CustomerPicker::onFound(const QString &text, const QList<QJsonObject> &customers, const QString &message)
{
    // An answer to other text than the field holds now (the id set a moment ago, since renamed).
    if (text != this->text().trimmed() && !(customers.size() == 1 && m_pendingId == text))
        return;
    const bool chooseOnlyMatch = std::exchange(m_chooseOnlyMatch, false);
    if (!m_pendingId.isEmpty()) {
        if (customers.size() == 1)
            setCustomer(customers.first());
        else
            showMessage(message);
        return;
    }
    m_suggestions->clear();
    // A pasted id names one customer: chosen at once, shown by name.
    const bool pastedId = objects::kindOfId(text) == objects::Kind::Customer;
    if ((chooseOnlyMatch || pastedId) && customers.size() == 1) {
        choose(customers.first());
        return;
    }
    // Two customers can share a name and an email: when they do, each says since when it exists.
    QHash<QString, int> seen;
    for (const QJsonObject &customer : customers)
        ++seen[label(customer)];
    for (const QJsonObject &customer : customers) {
        QString shown = label(customer);
        if (seen.value(shown) > 1)
            shown = tr("%1 — customer since %2").arg(shown, records::format::date(customer, u"created"));
        auto *item = new QStandardItem(shown);
        item->setData(customer, CustomerRole);
        item->setToolTip(objects::json::string(customer, u"id"));
        item->setEditable(false);
        m_suggestions->appendRow(item);
    }
    showMessage(message);
}

void CustomerPicker::showMessage(const QString &message)
{
    m_message = message;
    setAccessibleDescription(message);
    if (!message.isEmpty()) {
        // Said in the list itself, where the eye already is; it cannot be chosen.
        auto *item = new QStandardItem(message);
        item->setFlags(Qt::NoItemFlags);
        m_suggestions->appendRow(item);
    }
    if (m_suggestions->rowCount() > 0 && hasFocus())
        showSuggestions();
    else if (m_suggestions->rowCount() == 0)
        popup()->hide();
}

void CustomerPicker::showSuggestions()
{
    // As wide as the longest suggestion (within the screen's reason), not only the field.
    int widest = width();
    for (int row = 0; row < m_suggestions->rowCount(); ++row)
        widest = std::max(widest,
                          popup()->fontMetrics().horizontalAdvance(m_suggestions->item(row)->text())
                              + popup()->verticalScrollBar()->sizeHint().width() + 24);
    widest = std::min(widest, fontMetrics().averageCharWidth() * 90);
    m_completer->complete(QRect(0, 0, widest, height()));
}

void CustomerPicker::choose(const QJsonObject &customer)
{
    setCustomer(customer);
    m_suggestions->clear();
    m_message.clear();
    popup()->hide();
    emit customerChanged(customer);
}
