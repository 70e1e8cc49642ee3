namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <param name="CatalogueItemId">An approved item of the institution's that takes enrolment (for 技行珠海: an online or blended one).</param>
/// <param name="StartDate">First day, a local date (Asia/Shanghai), within the item's validity.</param>
/// <param name="EndDate">Last day, on or after the start, within the item's validity.</param>
/// <param name="Capacity">Seats, 1–1000.</param>
/// <param name="Venue">Where it is taught: required offline or blended, absent online.</param>
public sealed record OpenTrainingClassRequest(Guid? CatalogueItemId, DateOnly? StartDate, DateOnly? EndDate, int? Capacity, string? Venue);
