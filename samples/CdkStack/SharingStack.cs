using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace OrdersCdk;

/// <summary>The public status page, the dashboard API and their function URLs.</summary>
public sealed class SharingStack : Stack
{
    public SharingStack(Construct scope, string id, string organizationId)
        : base(scope, id)
    {
        var status = new Function(this, "Status", new FunctionProps
        {
            Runtime = Runtime.DOTNET_8,
            Handler = "Status::Status.Function::Handle",
            Code = Code.FromAsset("./publish"),
        });
        var dashboard = new Function(this, "Dashboard", new FunctionProps
        {
            Runtime = Runtime.DOTNET_8,
            Handler = "Dashboard::Dashboard.Function::Handle",
            Code = Code.FromAsset("./publish"),
        });

        // Deliberate mistake (LPA0200 on NONE, LPA0202 on the options): a public URL, and CDK 2.160.0 adds only
        // its lambda:InvokeFunctionUrl grant, so callers of a new URL get 403 until Amazon.CDK.Lib is 2.220.0 or later.
        status.AddFunctionUrl(new FunctionUrlOptions
        {
            AuthType = FunctionUrlAuthType.NONE,
        });

        // Deliberate mistake (LPA0203): origin * with credentials lets every website call the dashboard as the user.
        dashboard.AddFunctionUrl(new FunctionUrlOptions
        {
            AuthType = FunctionUrlAuthType.AWS_IAM,
            Cors = new FunctionUrlCorsOptions
            {
                AllowedOrigins = new[] { "*" },
                AllowCredentials = true,
            },
        });

        // The correct form beside it: IAM-authenticated, with the origins that may send credentials listed.
        new FunctionUrl(this, "DashboardAdmin", new FunctionUrlProps
        {
            Function = dashboard,
            AuthType = FunctionUrlAuthType.AWS_IAM,
            Cors = new FunctionUrlCorsOptions
            {
                AllowedOrigins = new[] { "https://dashboard.orders.example" },
                AllowCredentials = true,
            },
        });
    }
}
