using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Constructs;

public sealed class HalfTypedStack : Stack
{
    public HalfTypedStack(Construct scope, string id, Function fn) : base(scope, id)
    {
        fn.AddPermission("A", new Permission { Principal = new ServicePrincipal( });
        fn.AddPermission("B", new Permission { Principal = new AnyPrincipal().InOrganization(, SourceArn = });
        fn.LatestVersion.AddPermission(new Permission { Principal = new ServicePrincipal("s3.amazonaws.com").WithConditions(new Dictionary<string, object> { ["ArnLike"] = new Dictionary<string, object> { [] = 1 } }) });
        new CfnPermission(this, new CfnPermissionProps { PrincipalOrgId = 42, Principal = new AnyPrincipal() });
        fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = (FunctionUrlAuthType)7, Cors = new FunctionUrlCorsOptions { AllowedOrigins = { "*" }, AllowCredentials = null } });
        var p = new Permission { Principal = new PrincipalWithConditions(null, null) };
        p.Principal.
        fn.AddPermission("C", p
