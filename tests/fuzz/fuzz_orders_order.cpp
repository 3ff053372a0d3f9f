// OrdersJsonMapping::parseOrder: GET /v1/orders/{id}, and the create, cancel (200 and 202) replies.
#include "FuzzInput.h"
#include "api/OrdersJsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    const auto parsed = OrdersJsonMapping::parseOrder(fuzzBytes(data, size), &why);
    if (!parsed) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    // Ids are opaque, exact and bounded.
    FUZZ_CHECK(!parsed->id.isNull() && parsed->id.toString().size() <= OrdersJsonMapping::kMaxIdChars);
    FUZZ_CHECK(parsed->paymentId.toString().size() <= OrdersJsonMapping::kMaxIdChars);
    FUZZ_CHECK(parsed->status.size() <= 64 && parsed->statusDetail.size() <= 64);
    FUZZ_CHECK(parsed->paymentStatus.size() <= 64 && parsed->paymentStatusDetail.size() <= 64);
    FUZZ_CHECK(parsed->refunds.size() <= OrdersJsonMapping::kMaxRefunds);
    FUZZ_CHECK(parsed->installments >= 0 && parsed->installments <= 99);
    for (const auto &amount : {parsed->amount, parsed->paidAmount, parsed->refundedAmount})
        FUZZ_CHECK(!amount || (amount->cents() >= 0 && amount->cents() <= Money::kMaxCents));
    // The state is a function of the four status words, in one place.
    const auto mapped = OrdersJsonMapping::orderState(parsed->status, parsed->statusDetail, parsed->paymentStatus,
                                                      parsed->paymentStatusDetail);
    FUZZ_CHECK(parsed->state == mapped.state && parsed->declineReason == mapped.declineReason &&
               parsed->cancellationRequested == mapped.cancellationRequested);
    // Only a failed payment has a reason; a pending cancel only on a waiting order; never "paid" unless processed.
    FUZZ_CHECK((parsed->state == OrderState::Rejected) == (parsed->declineReason != DeclineReason::None));
    FUZZ_CHECK(!parsed->cancellationRequested || parsed->state == OrderState::WaitingForCard);
    FUZZ_CHECK(parsed->state != OrderState::Sending && parsed->state != OrderState::Failed);
    FUZZ_CHECK(parsed->createdAt.isNull() || parsed->createdAt.timeSpec() == Qt::UTC);
    return 0;
}
