namespace ZhuhaiArtisan.Api.ErrorHandling;

/// <summary>
/// Titles of each problem code in zh-CN (the default) and en. A code's title never changes with
/// the case; the detail says what happened this time.
/// </summary>
internal static class ProblemTitles
{
    private static readonly Dictionary<string, (string Zh, string En)> Titles = new(StringComparer.Ordinal)
    {
        ["validation.failed"] = ("请求参数校验失败", "The request has invalid fields"),
        ["request.malformed"] = ("请求格式错误", "The request could not be read"),
        ["request.too_large"] = ("请求体过大", "The request body is too large"),
        ["request.unsupported_media_type"] = ("不支持的内容类型", "Unsupported media type"),
        ["request.method_not_allowed"] = ("不支持的请求方法", "Method not allowed"),
        ["paging.invalid_cursor"] = ("分页游标无效", "The paging cursor is invalid"),
        ["auth.unauthenticated"] = ("未登录或凭据无效", "Authentication is required"),
        ["auth.ambiguous_credentials"] = ("请求不能同时携带令牌和 API 密钥", "Send a bearer token or an API key, not both"),
        ["access.forbidden"] = ("无权执行此操作", "The caller may not perform this action"),
        ["resource.not_found"] = ("资源不存在", "The resource was not found"),
        ["conflict.duplicate"] = ("记录已存在", "A record with the same key already exists"),
        ["concurrency.stale_version"] = ("资源已被修改，请重新获取后再试", "The resource has changed since it was read"),
        ["concurrency.if_match_required"] = ("缺少 If-Match 请求头", "If-Match is required"),
        ["idempotency.key_reused"] = ("幂等键已用于另一个请求", "The idempotency key was used for a different request"),
        ["idempotency.request_in_progress"] = ("相同幂等键的请求正在处理中", "A request with this idempotency key is still running"),
        ["idempotency.malformed_key"] = ("幂等键格式错误", "The idempotency key is malformed"),
        ["rate_limit.exceeded"] = ("请求过于频繁", "Too many requests"),
        ["server.error"] = ("服务器内部错误", "An unexpected error occurred"),
        ["organization.duplicate_credit_code"] = ("该统一社会信用代码已登记", "An organisation with this credit code is already registered"),
        ["organization.label_not_applicable"] = ("该标签不适用于此类组织", "The label does not apply to this kind of organisation"),
        ["organization.qualification_period_invalid"] = ("培训资质有效期无效", "The training qualification period is invalid"),
        ["catalogue.invalid_transition"] = ("目录项目当前状态不允许此操作", "The catalogue item's status does not allow this action"),
        ["catalogue.institution_not_qualified"] = ("培训机构不具备有效培训资质", "The institution does not hold a valid training qualification"),
        ["catalogue.subsidy_exceeds_fee"] = ("补贴标准高于收费标准", "The subsidy standard exceeds the fee"),
        ["catalogue.validity_period_invalid"] = ("目录项目有效期无效", "The catalogue item's validity period is invalid"),
        ["catalogue.hours_required"] = ("培训课时无效", "The training hours are invalid"),
        ["catalogue.edition_empty"] = ("没有可发布的目录项目", "No approved item is available to publish"),
        ["partner_client.duplicate_code"] = ("合作方编码已存在", "A partner client with this code already exists"),
        ["partner_client.too_many_active_keys"] = ("有效 API 密钥数量已达上限", "The partner client already holds the maximum number of active keys"),
        ["partner_client.api_key_already_revoked"] = ("API 密钥已被吊销", "The API key has already been revoked"),
        ["training.item_not_accepting_enrolment"] = ("目录项目当前不接受报名", "The catalogue item does not take enrolment now"),
        ["training.item_not_online"] = ("技行珠海只能为线上或线上线下结合的项目开班", "The partner opens classes of online or blended items only"),
        ["training.class_period_invalid"] = ("开班日期无效", "The class period is invalid"),
        ["training.venue_mismatch"] = ("培训场地与授课方式不符", "The venue does not suit the delivery mode"),
        ["training.capacity_below_enrolled"] = ("班级容量少于已报名人数", "The capacity is below the number enrolled"),
        ["training.class_full"] = ("培训班已满员", "The class is full"),
        ["training.already_enrolled"] = ("该人员已报名此培训班", "The talent is already enrolled in this class"),
        ["training.class_ended"] = ("培训班已结束", "The class has ended"),
        ["training.session_outside_class_period"] = ("考勤日期不在开班期间内", "The session date is outside the class period"),
        ["training.hours_exceed_planned"] = ("累计考勤课时超过计划课时", "The hours attended would exceed the class's planned hours"),
        ["training.completion_already_recorded"] = ("该人员的结业记录已存在", "A completion of this talent in this class is already recorded"),
        ["partner_push.concurrent_enrolment"] = ("推送期间名额被其他报名占用", "Seats were taken by another enrolment while the push ran"),
        ["partner_push.concurrent_change"] = ("推送期间记录被他人修改", "A record was changed by someone else while the push ran"),
    };

    public static string For(string code, int status, bool english)
    {
        if (Titles.TryGetValue(code, out var title))
        {
            return english ? title.En : title.Zh;
        }

        if (code.EndsWith(".not_found", StringComparison.Ordinal))
        {
            return english ? Titles["resource.not_found"].En : Titles["resource.not_found"].Zh;
        }

        return english
            ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)
            : Titles["server.error"].Zh is var zh && status >= 500 ? zh : "请求无法完成";
    }

    /// <summary>Every documented code, so the contract and the tests can list them.</summary>
    public static IReadOnlyCollection<string> Codes => Titles.Keys;
}
