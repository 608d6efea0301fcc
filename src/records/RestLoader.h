#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace records {

class ListModel;

// Loads the rest of a list into its model, page after page, so that a sort orders every row and
// not only those the user scrolled to. A list can be far longer than anyone sorts by hand: it
// stops once the model holds maxRows (a page is 100 rows), and whenever the user says so.
class RestLoader : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Complete, // every row is loaded
        Capped, // stopped at maxRows; more remain
        Stopped, // the user stopped it, or the list was replaced (another filter)
        Failed, // a page failed; the model says why and offers Retry
    };
    Q_ENUM(Outcome)

    RestLoader(ListModel *model, int maxRows, QObject *parent = nullptr);
    ~RestLoader() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int maxRows() const { return m_maxRows; }

signals:
    void progress(int rowsLoaded);
    void finished(records::RestLoader::Outcome outcome);

private:
    void step();
    void finish(Outcome outcome);

    QPointer<ListModel> m_model;
    int m_maxRows;
    bool m_running = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace records
