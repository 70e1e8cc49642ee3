using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <param name="Index">The row's place in the batch, from 0.</param>
/// <param name="Id">The platform's id of the record (for attendance, its enrolment's).</param>
/// <param name="Errors">Why a rejected row was rejected: the field (camelCase) and a stable code for each reason.</param>
public sealed record PartnerPushRowResult(int Index, string? ExternalId, PartnerPushOutcome Outcome, Guid? Id, IReadOnlyList<RowProblem> Errors);
