using Mediator;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.GetEnrolment;

public sealed record GetEnrolmentQuery(Guid ClassId, Guid EnrolmentId) : IQuery<EnrolmentDto>;
