#include "src/queries/CopySearch.h"

#include <QCoreApplication>

namespace queries {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(queries::CopySearch)
};

} // namespace

void searchInCopyOnly(records::ListQuery &query, objects::Kind kind, const QString &text)
{
    const QString words = text.simplified();
    if (words.isEmpty())
        return;
    query.needsCopy = Text::tr("Stripe cannot search %1 for “%2”. Paydesk searches them in this desk's copy "
                               "of the account once the copy is complete; the button in the status bar "
                               "says how far it is.")
                          .arg(objects::pluralName(kind), words);
    query.emptyText = Text::tr("No %1 contain “%2”.").arg(objects::pluralName(kind), words);
}

} // namespace queries
