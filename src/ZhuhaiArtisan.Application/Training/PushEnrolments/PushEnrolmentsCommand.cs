using Mediator;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushEnrolments;

/// <summary>技行珠海 pushes enrolments: each row created, or recognised by its external id.</summary>
public sealed record PushEnrolmentsCommand(IReadOnlyList<EnrolmentPushRow?>? Rows) : ICommand<PartnerPushResultDto>;
