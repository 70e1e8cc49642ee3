using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.ListEnrolments;

/// <summary>The enrolments of a class the caller may see, in enrolment order.</summary>
public sealed record ListEnrolmentsQuery(Guid ClassId, int? Limit, string? Cursor) : IQuery<Page<EnrolmentDto>>;
