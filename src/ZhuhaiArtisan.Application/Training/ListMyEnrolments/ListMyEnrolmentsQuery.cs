using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.ListMyEnrolments;

/// <summary>The signed-in talent's own enrolments, with each class.</summary>
public sealed record ListMyEnrolmentsQuery(int? Limit, string? Cursor) : IQuery<Page<MyEnrolmentDto>>;
