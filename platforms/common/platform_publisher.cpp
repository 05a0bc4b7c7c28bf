#include "platform_publisher.h"

namespace travelflow {

void PublishOperation::reportProgress(qint64 sentBytes, qint64 totalBytes)
{
    if (m_firstReported < 0) {
        m_firstReported = sentBytes; // a resumed run starts counting from where it resumed
        m_clock.start();
    }
    const double seconds = m_clock.elapsed() / 1000.0;
    const double rate = seconds > 0 ? static_cast<double>(sentBytes - m_firstReported) / seconds : 0.0;
    Q_EMIT progress(sentBytes, totalBytes, rate);
}

} // namespace travelflow
