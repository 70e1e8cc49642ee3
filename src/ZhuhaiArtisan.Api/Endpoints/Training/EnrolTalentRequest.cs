using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <param name="TalentId">A registered talent; or, instead,</param>
/// <param name="Trainee">the trainee's identity document (linked to the registered talent, or registered with name, phone, residence district and origin).</param>
public sealed record EnrolTalentRequest(Guid? TalentId, TraineeInput? Trainee);
