#include "RatingScale.h"

namespace coherence {

namespace {

ScaleLevel makeLevel(int value, const char* label, const char* definition, const char* evidence) {
    // The scale is data, not UI: its texts are rubric texts (per-language maps), English here.
    return ScaleLevel{value, LocalizedText(QString::fromUtf8(label)),
                      LocalizedText(QString::fromUtf8(definition)),
                      LocalizedText(QString::fromUtf8(evidence))};
}

} // namespace

RatingScale::RatingScale(QList<ScaleLevel> levels)
    : m_levels(std::move(levels)) {
}

RatingScale RatingScale::standard() {
    return RatingScale({
        makeLevel(0, "Not addressed",
                  "The plan says nothing relevant, or migrants and mobility are absent from the topic.",
                  "Record the sections searched; no citation is needed."),
        makeLevel(1, "Acknowledged",
                  "The issue or group appears in the plan's diagnosis or narrative, but no commitment or "
                  "measure is attached to it.",
                  "At least one citation (section or page and a short excerpt)."),
        makeLevel(2, "Committed",
                  "An explicit objective, policy statement or measure covers the issue, but without a "
                  "responsible body, a budget, or an indicator with a target.",
                  "A citation of the objective or measure."),
        makeLevel(3, "Operationalised",
                  "The measure has a lead institution, a timeline, and either a budget or costing line or "
                  "an indicator with a baseline and a target.",
                  "Citations of the measure and of its entry in the results, budget or institutional "
                  "framework."),
        makeLevel(4, "Monitored & adaptive",
                  "As level 3, plus migration-disaggregated indicators in the monitoring and evaluation "
                  "framework, a reporting or review mechanism, and participation of stakeholders or "
                  "migrants in the review.",
                  "Citations of the monitoring, evaluation or reporting provisions."),
    });
}

const ScaleLevel* RatingScale::level(int value) const {
    for (const ScaleLevel& candidate : m_levels) {
        if (candidate.value == value) {
            return &candidate;
        }
    }
    return nullptr;
}

} // namespace coherence
