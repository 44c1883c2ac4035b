#pragma once

#include "Repository.h"
#include "review/ReviewData.h"

#include <atomic>

namespace Passerelle {

/// Loads what the year-end review needs, for a request and the reader's scope, in a few
/// queries whatever the number of households.
class ReviewRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    using Repository::Repository;

    /// `cancel`, when set from another thread, stops the loading between two queries with
    /// an error that says so (cancelled()).
    Result<ReviewData> load(const Scope &scope, const ReviewRequest &request,
                            const std::atomic_bool *cancel = nullptr) const;
    /// The error of a loading cancelled by the user.
    static Error cancelled();
    /// Journals an export of the review figures (format: json, csv, pdf...; the period).
    Status recordExport(const Scope &scope, const ReviewRequest &request,
                        const QString &format) const;
};

} // namespace Passerelle
