#include "profile_lead_model.h"

#include "lead_trainer.h"
#include "storage/lead_feedback_repository.h"

namespace travelflow::leads {

Expected<ProfileLeadModel> ProfileLeadModel::load(const QSqlDatabase &db)
{
    ProfileLeadModel profile(db);
    profile.m_model = LeadModel::builtIn();
    const auto deltas = LeadFeedbackRepository(db).deltas();
    if (!deltas)
        return deltas.error();
    for (auto it = deltas->cbegin(); it != deltas->cend(); ++it)
        profile.m_model.add(it.key(), it.value());
    return profile;
}

Status ProfileLeadModel::teach(const QString &text, bool lead)
{
    LeadModel updated = m_model;
    const auto deltas = LeadTrainer::learnFrom(updated, text, lead);
    if (auto st = LeadFeedbackRepository(m_db).record(text, lead, deltas); !st)
        return st;
    m_model = updated;
    return {};
}

} // namespace travelflow::leads
